IFS=' :'
x=' a : b:c  ::d '
printf '[%s]' $x; echo
IFS=$' \t\n'
printf '[%s]' $x; echo
