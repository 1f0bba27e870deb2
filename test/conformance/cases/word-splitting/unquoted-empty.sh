x=
printf '[%s]' $x "$x" ''$x; echo
set -- $x
echo $#
y='   '
set -- $y
echo $#
set -- "$y"
echo $#
