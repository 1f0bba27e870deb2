f() { local x=1; g; echo "f: $x"; }
g() { x=2; }
f
echo "global x=[${x-unset}]"
outer() { local v=outer; inner; }
inner() { echo "inner sees $v"; }
outer
