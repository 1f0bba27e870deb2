x=$(
echo a
echo b
)
echo $x
y=$(for i in 1 2 3; do
echo $i
done)
echo $y
