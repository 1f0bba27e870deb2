set -- one two three four five six seven eight nine ten eleven
echo $1 $9 ${10} ${11}
echo $10
echo $#
set -- "a b" c
echo $# "$1"
set --
echo $# "[$1]"
