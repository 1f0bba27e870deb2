set -- $(seq 3)
echo $#
set -- "$(seq 3)"
echo $#
a=($(printf 'x y\nz'))
echo ${#a[@]}
