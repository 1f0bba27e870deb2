x={a,b}
echo $x
a=({a,b}{1,2})
echo ${#a[@]} ${a[@]}
echo y={c,d}
