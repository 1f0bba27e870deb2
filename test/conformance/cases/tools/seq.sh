seq 3
seq 2 5
seq 1 3 10
seq -s, 5
seq -w 8 10
seq 5 1
echo status=$?
seq 1 0.5 2
seq x
echo status=$?
seq
echo status=$?
