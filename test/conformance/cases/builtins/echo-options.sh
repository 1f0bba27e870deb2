echo -n a; echo b
echo -e 'x\ty'
echo -E 'x\ty'
echo -- -n
echo -n -e 'z\n'
echo -neE
echo -x
echo -e 'stop\cafter'; echo
echo -e '\0101\x42'
