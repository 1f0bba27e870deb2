read a b c <<< 'one two three four'
echo "$a|$b|$c"
read x <<< '  lead  trail  '
echo "[$x]"
IFS= read y <<< '  spaced  '
echo "[$y]"
read <<< 'into reply'
echo "$REPLY"
