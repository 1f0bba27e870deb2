touch f1 f2 g1
x='f*'
echo $x
echo "$x"
set -f
echo $x f*
set +f
y='f1 g*'
echo $y
