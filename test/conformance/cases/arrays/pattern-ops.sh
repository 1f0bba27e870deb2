a=(file1.txt file2.log)
echo ${a[@]%.*}
echo ${a[@]/file/f}
echo ${a[@]^^}
echo ${a[@]#*[0-9]}
