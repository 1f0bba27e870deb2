i=0
while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done
while false; do echo never; done
echo status=$?
n=3
while ((n--)); do echo "n=$n"; done
