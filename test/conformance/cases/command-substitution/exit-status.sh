x=$(false); echo $?
x=$(exit 3); echo $?
x=$(true); echo $?
echo "$(exit 4)" $?
x=$(false) y=ok; echo $? $y
$(exit 5); echo $?
