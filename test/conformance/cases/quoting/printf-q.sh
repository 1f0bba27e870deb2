printf '%q\n' 'a b' "it's" 'plain' ''
printf '%q\n' $'tab\there' 'semi;colon' '$var' '*'
printf '%q\n' '~user' 'a"b'
