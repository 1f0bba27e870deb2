(trap 'echo bye' EXIT; echo hi)
echo after
(trap 'echo cleanup $?' EXIT; exit 3)
echo status=$?
