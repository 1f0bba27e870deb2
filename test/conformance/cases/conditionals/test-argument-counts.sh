test; echo $?
[ ]; echo $?
[ -n ]; echo $?
[ ! ]; echo $?
[ = ]; echo $?
[ -f ]; echo $?
[ a -a ]; echo $?
