for x in; do :; done; echo $?
false
while false; do :; done; echo $?
for x in a; do false; done; echo $?
i=0; while [ $i -lt 1 ]; do i=1; (exit 7); done; echo $?
