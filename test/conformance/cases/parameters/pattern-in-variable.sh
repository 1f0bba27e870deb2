pat='*.txt'
f=notes.txt
echo "${f%$pat}" "${f%"$pat"}"
star='*'
g='a*b'
echo "${g/$star/-}" "${g/"$star"/-}"
h=abc
echo "${h#$'a'}"
