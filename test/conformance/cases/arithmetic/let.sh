let x=2+3 y=x*2
echo $x $y
let 'z = 1 + 1'
echo $z
let 0; echo $?
let 1; echo $?
let a=1 b=0; echo $?
let
echo status=$?
