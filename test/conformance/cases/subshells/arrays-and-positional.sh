set -- a b c
(shift; echo "$@")
echo "$@"
arr=(1 2)
(arr+=(3); echo ${arr[@]})
echo ${arr[@]}
