echo $(echo hi) `echo there`
x=$(printf 'a\nb')
echo "$x"
echo "$(echo one; echo two)"
echo $(echo one; echo two)
