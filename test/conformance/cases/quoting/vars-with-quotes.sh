x='"quoted"'
echo $x
y="it's"
echo "$y" $y
z='a\tb'
echo $z "$z"
w='$x'
echo $w "$w"
