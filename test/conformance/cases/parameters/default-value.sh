unset x
echo "[${x:-def}]" "[${x-def}]"
x=
echo "[${x:-def}]" "[${x-def}]"
x=set
echo "[${x:-def}]" "[${x-def}]"
echo "[${x:-$(echo cmd)}]" "[${undefined:-$(echo cmd)}]"
