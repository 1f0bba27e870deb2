x=value
cat <<< "hello $x"
cat <<< 'no $x'
wc -c <<< abc
tr a-z A-Z <<< upper
read a b <<< "1 2"
echo "$b $a"
cat <<< $(echo a   b)
cat <<< "$(printf 'a\n\n')" | od -c
