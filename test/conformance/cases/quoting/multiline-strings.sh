echo 'line one
line two'
echo "first
  second"
x="a
b"
echo "$x"
echo $x
