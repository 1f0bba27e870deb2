IFS=
x='a b  c'
printf '[%s]' $x; echo
set -- 'x y' z
printf '[%s]' $*; echo
printf '[%s]' "$*"; echo
unset IFS
