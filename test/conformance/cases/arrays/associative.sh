declare -A m
m[one]=1
m[two]=2
m[three]=3
echo ${#m[@]}
for k in $(printf '%s\n' "${!m[@]}" | sort); do echo "$k=${m[$k]}"; done
echo ${m[two]} "[${m[nope]}]"
