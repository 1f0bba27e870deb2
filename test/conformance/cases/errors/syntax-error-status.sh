echo before
if then fi
echo status=$?
true
echo status=$?
