IFS=$'\n'
x=$(printf 'a b\nc d\n\ne f')
printf '[%s]' $x; echo
unset IFS
printf '[%s]' $x; echo
