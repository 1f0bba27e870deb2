x='a b'
echo hi > $x
echo status=$?
echo hi > "$x"
cat "a b"
unset y
echo hi > $y
f=o*
echo hi > $f
ls -1
