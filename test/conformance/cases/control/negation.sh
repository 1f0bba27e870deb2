! true; echo $?
! false; echo $?
! echo x | grep -q y; echo $?
! (exit 3); echo $?
if ! false; then echo negated; fi
