printf 'abc\n' > a
printf 'abc\n' > b
printf 'abd\n' > c
printf 'ab' > d
cmp a b; echo status=$?
cmp a c; echo status=$?
cmp -s a c; echo status=$?
cmp d a; echo status=$?
cmp a nope; echo status=$?
