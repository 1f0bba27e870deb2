printf -v x '%05d' 42
echo "$x"
printf -v 'a[1]' '%s' hi
echo "${a[1]}"
printf -v y '%s,' 1 2 3
echo "$y"
printf -v 1bad x
echo status=$?
