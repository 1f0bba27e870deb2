echo $((1/0))
echo status=$?
echo $((5%0))
echo before $((2/0)) after
((x=1/0)); echo status=$?
echo next
