IFS=: read a b c <<< 'one:two:three:four'
echo "$a|$b|$c"
read a b <<< '   spaced    out   words   '
echo "[$a][$b]"
IFS=, read a b <<< ',x,'
echo "[$a][$b]"
