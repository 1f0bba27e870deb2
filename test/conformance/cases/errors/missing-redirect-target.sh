echo hi >
echo status=$?
cat <
echo next
