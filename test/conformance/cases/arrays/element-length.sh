a=(abc de f)
echo ${#a[0]} ${#a[1]} ${#a[2]}
echo ${#a}
echo ${#a[@]}
