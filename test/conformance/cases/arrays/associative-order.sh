declare -A h=([apple]=1 [banana]=2 [cherry]=3 [date]=4)
echo "${!h[@]}"
declare -p h
