a=(1 2 3)
b=("${a[@]}")
b[0]=x
echo ${a[@]} / ${b[@]}
unset a
echo ${#a[@]}
c=(a b c)
unset 'c[@]'
echo ${#c[@]}
