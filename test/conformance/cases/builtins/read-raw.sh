read x <<< 'a\tb\\c\'
echo "$x"
read -r x <<< 'a\tb\\c\'
echo "$x"
printf 'one \\\ntwo\n' | { read x; echo "$x"; }
printf 'one \\\ntwo\n' | { read -r x; echo "$x"; }
