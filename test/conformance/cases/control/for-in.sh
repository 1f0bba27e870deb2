for x in a 'b c' d; do echo "[$x]"; done
set -- p 'q r'
for x; do echo "<$x>"; done
for x in; do echo never; done
echo after $?
for x in a b
do
echo $x
done
