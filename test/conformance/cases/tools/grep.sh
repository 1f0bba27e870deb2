printf 'apple\nBanana\ncherry\napricot\n' > f
grep ap f
grep -i banana f
grep -c a f
grep -n '^a' f
grep -v a f
grep -o 'p\+' f
grep -E '^(a|c)' f
grep -w apple f
grep -x cherry f
grep -e apple -e cherry f
grep zzz f
echo status=$?
grep -q apple f && echo quiet-match
