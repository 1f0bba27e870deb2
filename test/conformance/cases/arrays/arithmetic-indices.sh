a=(5 10)
echo $((a[0]+a[1]))
i=1
a[i+1]=20
echo ${a[2]}
((a[0]*=2))
echo ${a[@]}
echo ${a[i]} ${a[$i]} ${a[i*2]}
