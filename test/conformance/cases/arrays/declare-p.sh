a=(x 'y z' "q\"uote")
declare -p a
declare -A h=([k]='v w')
declare -p h
declare -a empty=()
declare -p empty
b=scalar
declare -p b
