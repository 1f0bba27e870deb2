a=(1 2)
echo "${a[-3]}"
echo status=$?
a[-5]=x
echo status=$?
declare -A m
m[]=1
echo done
