declare -i n=5+5
echo $n
n+=1; echo $n
n='2*3'; echo $n
declare -a a=(1 2)
declare -A m=([k]=v)
declare -p n a m
declare -r r=1
r=2
echo status=$?
declare -l low=MiXeD; declare -u up=MiXeD
echo $low $up
