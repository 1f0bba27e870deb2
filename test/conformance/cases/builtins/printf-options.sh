printf '-:x\n'; echo $?
printf -z; echo $?
printf -vx 'a%s' b; echo $x
printf -- '-n\n'
printf -v
echo $?
printf - ; echo $?
