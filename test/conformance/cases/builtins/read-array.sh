read -a arr <<< 'x y z'
echo ${#arr[@]} ${arr[1]}
IFS=, read -ra parts <<< 'a,b,,c'
declare -p parts
read -a empty <<< ''
echo ${#empty[@]}
