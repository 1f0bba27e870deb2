cmd='echo $((1+2))'
eval "$cmd"
eval 'a=1; b=2'
echo $a$b
x='$y'; y=final
eval echo $x
eval 'for i in 1 2; do echo $i; done'
eval 'echo "unterminated'
echo status=$?
eval; echo $?
