[[ 2024-01-15 =~ ^([0-9]+)-([0-9]+)-([0-9]+)$ ]]; echo $?
echo "${BASH_REMATCH[@]}"
echo ${#BASH_REMATCH[@]} ${BASH_REMATCH[2]}
re='b+'
[[ abbbc =~ $re ]] && echo "${BASH_REMATCH[0]}"
[[ a.c =~ "." ]]; echo $?
[[ abc =~ "." ]]; echo $?
[[ abc =~ . ]]; echo $?
