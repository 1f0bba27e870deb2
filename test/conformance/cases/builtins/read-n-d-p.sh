read -n 3 x <<< abcdef
echo "$x"
read -d , y <<< 'first,second'
echo "$y"
read -p 'prompt: ' z <<< value
echo "$z"
read -N 4 w <<< $'ab\ncd'
echo "$w" | od -c
printf 'a:b:c' | { read -d : p; read -d : q; echo "$p$q"; }
