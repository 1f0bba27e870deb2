{ echo a; echo b; } > f
cat f
if true; then echo c; fi > g
cat g
for i in 1 2; do echo $i; done | wc -l
while read -r l; do echo "r:$l"; done < f
case x in x) echo case-out;; esac >> g
cat g
