x=5
echo $((x++)) $x
echo $((++x)) $x
echo $((x--)) $x
echo $((--x)) $x
y=0
((y++)); echo status=$? y=$y
((y++)); echo status=$? y=$y
