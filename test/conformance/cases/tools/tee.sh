echo data | tee f g
cat f g
echo more | tee -a f > /dev/null
cat f
echo x | tee nodir/f
echo status=$?
