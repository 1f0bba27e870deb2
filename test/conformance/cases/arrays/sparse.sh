a=([2]=two [5]=five)
echo ${#a[@]} ${!a[@]}
unset 'a[2]'
declare -p a
a[10]=ten
echo ${a[@]}
a=([1]=x y [7]=z w)
declare -p a
