printf 'one\ntwo\nthree\n' > a
printf 'one\nTWO\nthree\nfour\n' > b
diff a b
echo status=$?
diff -u --label old --label new a b
diff a a; echo status=$?
diff a nope; echo status=$?
