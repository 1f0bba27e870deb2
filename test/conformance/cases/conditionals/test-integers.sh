[ 2 -lt 10 ]; echo $?
[ 2 -gt 10 ]; echo $?
[ 3 -le 3 ]; echo $? ; [ 3 -ge 4 ]; echo $?
[ 5 -eq 5 ]; echo $? ; [ 5 -ne 5 ]; echo $?
[ -5 -lt 3 ]; echo $?
[ 010 -eq 10 ]; echo $?
[ " 7" -eq 7 ]; echo $?
