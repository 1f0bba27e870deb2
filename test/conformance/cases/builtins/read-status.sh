read x <<< ''
echo $? "[$x]"
printf 'no newline' | { read x; echo $? "$x"; }
printf '' | { read x; echo $? "[$x]"; }
read -t 0 x <<< 'ready'; echo $?
