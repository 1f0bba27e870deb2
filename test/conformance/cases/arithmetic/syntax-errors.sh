echo $((1+))
echo status=$?
echo $((2 3))
echo $((08))
echo $((1.5))
echo $((2#3))
echo done
