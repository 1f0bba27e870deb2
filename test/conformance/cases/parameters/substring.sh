s=abcdefgh
echo ${s:2} ${s:2:3} ${s: -3} ${s: -3:2}
echo ${s:1:-2} ${s:(-2)} "[${s:10}]" "[${s:3:0}]"
n=4
echo ${s:n} ${s:n-1:n-2}
echo ${s:0:1}${s:7}
