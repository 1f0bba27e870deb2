printf 'banana\napple\nCherry\napple\n10\n9\n' > f
sort f
sort -r f
sort -u f
sort -f f
sort -n f
printf 'b 2\na 10\nc 1\n' | sort -k2n
printf 'x,3\ny,1\nz,2\n' | sort -t, -k2 -r
sort nope
echo status=$?
