true && { echo a; false; } || echo b
[ 1 = 2 ] || if true; then echo c; fi
(false) && echo no || echo yes
false || false && echo never || echo last
true && echo one && echo two
false && echo skipped; echo status=$?
