x=1
echo "[${x:+alt}]" "[${x+alt}]"
x=
echo "[${x:+alt}]" "[${x+alt}]"
unset x
echo "[${x:+alt}]" "[${x+alt}]"
set -- a b
echo "[${1:+first is $1}]" "[${3+third}]"
