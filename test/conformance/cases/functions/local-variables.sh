x=global
f() { local x=local; echo "f: $x"; g; }
g() { echo "g sees: $x"; }
f
echo "after: $x"
h() { local y; y=set; echo "h: $y"; }
h
echo "y=[${y-unset}]"
