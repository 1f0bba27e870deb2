a=x
a[1]=y
echo ${a[@]}
echo ${a[0]}
s=str
echo ${s[0]} ${#s[@]}
unset 'a[0]'
echo $a ${a[@]}
