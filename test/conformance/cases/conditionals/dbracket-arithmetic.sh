[[ 10 -gt 9 ]]; echo $?
[[ 10 > 9 ]]; echo $?
[[ 1+1 -eq 2 ]]; echo $?
[[ 010 -eq 8 ]]; echo $?
x=5
[[ x -eq 5 ]]; echo $?
[[ 0x10 -eq 16 ]]; echo $?
