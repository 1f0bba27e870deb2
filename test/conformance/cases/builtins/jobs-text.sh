exec 3>&2 2>/dev/null
sleep   100   4<>/dev/null  &
sleep 200 >/dev/null 2>&1 &
sleep 300 | cat &
{ sleep 400; } &
sleep "5"00 &
exec 2>&3
jobs
exec 2>/dev/null
kill %1 %2 %3 %4 %5
wait
