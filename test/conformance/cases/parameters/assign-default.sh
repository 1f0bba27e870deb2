unset x
echo "${x:=first}"
echo "$x"
y=
echo "[${y=second}]" "[${y:=third}]"
echo "$y"
echo "${1:=positional}"
echo status=$?
