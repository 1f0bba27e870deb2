x=1
(x=2; echo "inside $x")
echo "outside $x"
(y=new)
echo "[${y-unset}]"
(export Z=1)
echo "[${Z-unset}]"
