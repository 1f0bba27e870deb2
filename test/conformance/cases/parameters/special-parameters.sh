echo $0
false
echo $?
true
echo $?
set -- a b c
echo $# "$*"
case $- in *i*) echo interactive;; *) echo not;; esac
echo "$_"
