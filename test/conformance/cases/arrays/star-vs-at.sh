a=(1 2 3)
IFS=-
echo "${a[*]}"
echo "${a[@]}"
unset IFS
printf '[%s]' "${a[*]}"; echo
printf '[%s]' "${a[@]}"; echo
