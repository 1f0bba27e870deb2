echo 'a;b' "a|b" a\&b a\>b
echo '#not a comment' a#b
echo a #this is a comment
echo \# "#"
echo '(' ")" \( \)
echo '{a,b}' \{a,b\}
