(f() { echo inner; }; f)
f
echo status=$?
g() { echo outer-g; }
(g() { echo redefined; }; g)
g
