sort --nope
echo status=$?
head -n x
echo status=$?
wc --bogus
echo status=$?
cut -d
echo status=$?
