seq 10 > f
wc -l f
wc -w < f
head -3 f
head -n -8 f
tail -2 f
tail -n +9 f
head -c 4 f | od -c
tail -c 3 f | od -c
