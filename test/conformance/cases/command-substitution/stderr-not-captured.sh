x=$(echo out; echo err >&2)
echo "[$x]"
y=$(ls nope 2>&1)
echo "[$y]"
