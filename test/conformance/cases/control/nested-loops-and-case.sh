for i in 1 2 3; do
case $i in
2) continue ;;
esac
for j in x y; do
if [ $i = 3 ] && [ $j = y ]; then break; fi
echo "$i$j"
done
done
