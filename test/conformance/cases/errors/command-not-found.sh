nope
echo status=$?
nope arg1 arg2 2>/dev/null
echo status=$?
./nope
echo status=$?
