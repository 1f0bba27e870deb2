echo x > a > b
echo "a:[$(cat a)] b:[$(cat b)]"
cat < a < b
echo y 2>&1 >c >d
cat c d
