a=('x y' "" z)
echo ${#a[@]}
for e in "${a[@]}"; do echo "[$e]"; done
for e in ${a[@]}; do echo "<$e>"; done
