a=(a b c d e)
echo ${a[@]:1:2}
echo ${a[@]: -2}
echo ${a[@]:3}
echo "[${a[@]:7}]"
s=([1]=x [3]=y [4]=z)
echo ${s[@]:2}
