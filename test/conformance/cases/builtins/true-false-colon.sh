: ignored arguments $((1+1))
echo $?
true; echo $?
false; echo $?
: > created
ls
