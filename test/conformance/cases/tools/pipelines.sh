printf 'the cat the dog\nthe end\n' > f
tr -s ' ' '\n' < f | sort | uniq -c | sort -rn | head -2
seq 1 10 | awk '$1 % 2 == 0 { s += $1 } END { print s }'
cut -d' ' -f1 f | sort -u | wc -l
