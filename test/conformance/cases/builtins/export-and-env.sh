export FOO=bar
bash -c 'echo child sees $FOO'
FOO=tmp bash -c 'echo temporary $FOO'
echo $FOO
BAR=local
bash -c 'echo "bar=[$BAR]"'
export -n FOO
bash -c 'echo "after export -n [$FOO]"'
