i=0
until ((i >= 3)); do echo $i; ((i++)); done
until true; do echo never; done
echo status=$?
