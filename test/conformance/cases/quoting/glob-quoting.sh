touch a1 a2 b1
echo a*
echo "a*" 'a*' a\*
x='a*'
echo $x "$x"
echo [ab]1 "[ab]1"
echo nomatch* "nomatch*"
