x=5
echo $((x+1)) $(($x+1)) $((x*x))
y=x
echo $((y+1))
z=' 3 '
echo $((z*2))
e='1+2'
echo $((e*2)) $(($e*2))
unset u
echo $((u+1))
