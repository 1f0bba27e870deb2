echo x > /tmp
echo status=$?
echo x > nodir/f
cat < nodir
echo x >&7
echo after
