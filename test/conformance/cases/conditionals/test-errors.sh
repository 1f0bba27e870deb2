[ 1 -lt x ]; echo $?
[ a = ]; echo $?
[ 1 = 1; echo $?
test 1 -zz 2; echo $?
[ a b c ]; echo $?
x='a b'
[ $x = 'a b' ]; echo $?
[ $unset = '' ]; echo $?
