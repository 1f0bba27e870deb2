x=3
echo $(( $(echo 4) + x ))
echo $(( $((x*2)) ** 2 ))
echo "$((x))" '$((x))'
echo $(( "5" + 1 ))
n=010
echo $((n)) $((10#$n))
