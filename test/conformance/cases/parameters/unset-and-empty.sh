x=value
unset x
echo "[${x}]" "${x-unset}"
x=
echo "${x-unset}" "[${x:-empty}]"
declare -p x
unset x
declare -p x
echo status=$?
