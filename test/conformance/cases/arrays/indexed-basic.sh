a=(one two three)
echo ${a[0]} ${a[2]} $a
echo "${a[@]}"
echo ${#a[@]}
echo ${a[-1]} ${a[-3]}
echo "[${a[5]}]"
