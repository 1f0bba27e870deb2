x=1
unset x
echo "[${x-unset}]"
a=(1 2 3)
unset 'a[1]'
declare -p a
f() { echo f; }
unset -f f
type -t f; echo $?
readonly r=1
unset r
echo status=$?
unset -v nothing; echo $?
