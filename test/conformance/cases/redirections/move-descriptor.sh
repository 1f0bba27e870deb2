exec 4> f4
exec 5>&4-
echo five >&5
echo four >&4
echo status=$?
exec 5>&-
cat f4
