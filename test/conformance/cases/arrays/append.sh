a=(1)
a+=(2 3)
a[5]=6
echo ${a[@]}
echo ${!a[@]}
a[0]+=0
echo ${a[0]}
a+=(7)
echo ${!a[@]}
