jobs %9; echo "s=$?"
exec 3>&2 2>/dev/null
sleep 100 &
sleep 200 &
exec 2>&3
jobs %9 %2; echo "s=$?"
jobs %1 %?200; echo "s=$?"
jobs -l %?zz; echo "s=$?"
jobs %?00; echo "s=$?"
exec 2>/dev/null
kill %1 %2
wait
exec 2>&3
