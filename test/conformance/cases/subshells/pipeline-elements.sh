x=0
echo 1 | read x
echo "x=$x"
echo 5 | { read -r y; echo "y=$y"; }
echo "y=[${y-unset}]"
v=outer; echo | v=inner; echo $v
