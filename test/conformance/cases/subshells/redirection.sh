(echo a; echo b >&2) 2>&1 | sort -r
(echo into-file) > f
cat f
(cat) < f
