echo "first
second
