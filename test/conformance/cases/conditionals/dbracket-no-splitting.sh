x='a b'
[[ $x == 'a b' ]]; echo $?
empty=
[[ $empty == '' ]]; echo $?
[[ -z $empty ]]; echo $?
[[ $undefined ]]; echo $?
g='*'
[[ $g == '*' ]]; echo $?
