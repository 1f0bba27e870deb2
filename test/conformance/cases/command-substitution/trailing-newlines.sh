x=$(printf 'a\n\n\n')
echo "[$x]"
x=$(printf '\n\na')
echo "[$x]"
x=$(printf 'a\n \n')
echo "[$x]"
x=$(echo)
echo "[$x]"
