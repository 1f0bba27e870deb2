mapfile -t lines <<< $'a\nb\nc'
echo ${#lines[@]} "${lines[2]}"
printf 'x\ny\n' > f
readarray arr < f
declare -p arr
mapfile -t -s 1 -n 1 one < f
declare -p one
printf 'p,q,r' | { mapfile -d , -t parts; declare -p parts; }
