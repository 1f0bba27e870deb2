exec 3> f3
echo via3 >&3
echo more >&3
exec 3>&-
cat f3
echo again >&3
echo status=$?
