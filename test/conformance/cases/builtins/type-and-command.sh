type echo
type -t echo; type -t if; type -t cd
f() { :; }
type -t f
type if
type nope
echo status=$?
command echo via-command
command -v echo
command -v nope; echo $?
