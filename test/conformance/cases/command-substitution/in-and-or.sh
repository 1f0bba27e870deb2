x=$(false) && echo yes || echo no
x=$(echo ok) && echo "got $x"
if y=$(grep -c a <<< "banana"); then echo "count $y"; fi
