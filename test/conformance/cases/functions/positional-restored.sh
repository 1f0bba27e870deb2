set -- a b
f() { set -- x; echo "inside: $1 $#"; shift; echo "after shift: $#"; }
f
echo "outside: $1 $#"
g() { echo "$0"; }
g
