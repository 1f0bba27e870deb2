readonly x=1
x=2
echo status=$?
unset x
echo status=$?
readonly -p | grep ' x='
readonly y
y=3
echo "[${y-unset}]"
readonly -a arr=(1 2)
arr[0]=9
echo "${arr[@]}"
