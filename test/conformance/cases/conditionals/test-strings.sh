test a = a; echo $?
[ a != b ]; echo $?
[ a == a ]; echo $?
[ -z "" ]; echo $?
[ -n x ]; echo $?
[ abc ]; echo $?
[ "" ]; echo $?
[ -z ]; echo $?
