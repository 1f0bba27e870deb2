count=0
printf 'a b\nc d\n' | while read -r x y; do echo "$y $x"; count=$((count+1)); done
echo "count=$count"
printf 'last without newline' | while read -r l; do echo "[$l]"; done
printf 'x\ny' | while read -r l || [ -n "$l" ]; do echo "[$l]"; done
