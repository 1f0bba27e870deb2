IFS=:
x='a:b::c:'
printf '[%s]' $x; echo
x=':lead'
printf '[%s]' $x; echo
unset IFS
x='a:b c'
printf '[%s]' $x; echo
