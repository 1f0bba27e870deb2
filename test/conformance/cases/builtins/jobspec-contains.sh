kill %?zzz; echo "s=$?"
exec 3>&2 2>/dev/null
sleep 100 &
sleep 200 &
exec 2>&3
kill %?slee; echo "s=$?"
kill %?; echo "s=$?"
kill %slee; echo "s=$?"
jobs %?200
jobs %?sleep
exec 2>/dev/null
kill %?200 %?100; echo "s=$?"
wait
exec 2>&3
echo done
