[ 1 = 1 -a 2 = 2 ]; echo $?
[ 1 = 2 -o 2 = 2 ]; echo $?
[ ! 1 = 2 ]; echo $?
[ \( 1 = 1 \) -a \( a = b \) ]; echo $?
[ 1 = 1 ] && [ 2 = 3 ]; echo $?
test ! -e nope; echo $?
