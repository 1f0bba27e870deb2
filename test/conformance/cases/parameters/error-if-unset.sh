unset x
echo "${x:?custom message}"
echo status=$?
echo "${x?}"
y=
echo "[${y?}]"
echo "${y:?is empty}"
echo "${z:?}" after
echo done
