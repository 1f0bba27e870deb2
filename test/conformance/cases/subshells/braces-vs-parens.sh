x=1
{ x=2; }
echo $x
(x=3)
echo $x
{ echo one; echo two; } | wc -l
(echo one; echo two) | wc -l
{ echo no-space;}
