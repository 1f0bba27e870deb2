printf 'x\ny\n' > f
wc -l < f
tr xy XY < f
< f cat
cat < nope
echo status=$?
