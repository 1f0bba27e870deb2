set -C
echo a > f
echo b > f
echo status=$?
cat f
echo c >| f
cat f
echo d >> f
cat f
set +C
echo e > f
cat f
