x='  a   b  c  '
printf '[%s]' $x; echo
printf '[%s]' "$x"; echo
y=$'a\tb\nc'
printf '[%s]' $y; echo
