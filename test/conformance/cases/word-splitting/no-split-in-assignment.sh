x='a   b'
y=$x
echo "$y"
z=$(echo '1    2')
echo "$z"
w=$x$x
echo "[$w]"
case $x in 'a   b') echo matched;; esac
