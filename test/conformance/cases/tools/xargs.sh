echo a b c | xargs -n1
echo a b c | xargs -n2 echo got
printf 'x\ny\n' | xargs -I{} echo '<{}>'
printf 'a\0b c\0' | xargs -0 printf '[%s]\n'
printf '' | xargs echo empty-input
echo one two | xargs
