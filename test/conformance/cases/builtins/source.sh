printf 'echo sourced $1 $#\nv=set\nreturn 4\necho unreached\n' > s.sh
source s.sh arg
echo $? $v
. ./s.sh
echo $?
set -- p q r
. ./s.sh
source nope.sh
echo status=$?
