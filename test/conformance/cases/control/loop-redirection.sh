for i in 3 1 2; do echo $i; done | sort
for i in a b; do echo $i; done > f
cat f
while read -r l; do echo "got $l"; done < f
i=0; while read -r l; do i=$((i+1)); done < f; echo "lines=$i"
