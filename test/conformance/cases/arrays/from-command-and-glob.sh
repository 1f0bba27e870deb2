a=($(seq 3))
echo ${#a[@]}
touch x.txt y.txt z.log
files=(*.txt)
echo ${#files[@]} ${files[1]}
none=(*.nope)
echo ${#none[@]} "${none[0]}"
