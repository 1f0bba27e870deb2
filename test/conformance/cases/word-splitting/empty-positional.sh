set --
printf '[%s]' "$@"; echo "n=$#"
printf '[%s]' "$*"; echo
printf '[%s]' x"$@"; echo
printf '[%s]' "${@}"; echo done
