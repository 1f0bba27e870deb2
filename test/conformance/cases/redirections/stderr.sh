ls nope 2> err
echo status=$?
cat err
ls nope 2>> err
wc -l < err
