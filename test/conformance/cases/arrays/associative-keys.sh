declare -A m
m['a b']=1
k='x y'
m[$k]=2
echo ${m['a b']} ${m[$k]}
echo ${#m[@]}
m[k]=literal-k
echo ${m[k]} ${m[$k]}
