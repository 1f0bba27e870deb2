x=1
y=$(x=2; echo $x)
echo $x $y
z=$(cd /; echo changed)
echo $z
f() { echo inner; }
echo $(f)
