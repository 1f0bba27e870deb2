for i in 1 2 3; do
for j in a b c; do
[ $j = b ] && break 2
echo $i$j
done
done
for i in 1 2 3; do for j in a b; do [ $i = 2 ] && continue 2; echo $i$j; done; done
for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done
