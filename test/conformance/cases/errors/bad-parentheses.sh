echo (a)
echo status=$?
( ; )
echo ()
echo next
