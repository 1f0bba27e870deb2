f() { local -i n=2+3; local -a arr=(1 2); echo "$n ${arr[1]}"; local; }
f
local x=1
echo status=$?
