echo before $((1/0)) after
echo status=$?
x=$((1+)) ; echo x=[$x]
echo next
