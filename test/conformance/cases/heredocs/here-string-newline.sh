od -c <<< ''
od -c <<< 'x'
x=$(cat <<< "trailing")
echo "[$x]"
