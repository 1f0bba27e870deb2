set -- a b c d e
echo "${@:2}"
echo "${@:2:2}"
echo "${*: -2}"
echo "${@:0:1}"
echo "${@:6}" end
printf '[%s]' "${@:1:2}"; echo
