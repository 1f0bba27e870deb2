x="a b"'c d'
echo "$x"
y=$'one\ttwo'
echo "$y" | od -c
z=\$literal
echo $z
w="$x"-"$y"
echo "$w"
