declare -A m=([a]=1 [b]=2)
echo ${m[a]}
[[ -v m[b] ]] && echo has-b
unset 'm[a]'
echo ${#m[@]}
m[c]+=x
m[c]+=y
echo ${m[c]}
m=([x]=new)
declare -p m
