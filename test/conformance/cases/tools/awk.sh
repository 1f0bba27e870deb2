printf 'alice 30\nbob 25\ncarol 35\n' > f
awk '{ print $2, $1 }' f
awk '$2 > 28' f
awk '{ sum += $2 } END { print "total", sum, NR }' f
awk -F: '{ print $1 }' <<< 'a:b:c'
awk 'BEGIN { printf "%s-%d\n", "x", 42 }'
awk '{ print NF }' <<< 'one two three'
awk -v n=5 'BEGIN { print n * 2 }'
awk 'NR==2 { print length($1) }' f
