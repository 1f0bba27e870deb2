x=$(echo before; exit 4; echo never)
echo "$x $?"
y=$(exit 2) || echo "failed with $?"
