up() { tr a-z A-Z; }
echo piped | up
f() { while read -r l; do echo "<$l>"; done; }
printf '1\n2\n' | f
echo "$(echo sub | up)"
