for w in apple Banana 42 x.txt '' 'a b' '*'; do
case $w in
a*) echo "$w: starts with a";;
[A-Z]*) echo "$w: capital";;
[0-9]|[0-9][0-9]) echo "$w: number";;
*.txt) echo "$w: text";;
'') echo "empty";;
'*') echo "literal star";;
*) echo "$w: other";;
esac
done
