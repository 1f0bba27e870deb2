f() { echo "$#: $1 | $2"; printf '[%s]' "$@"; echo; }
f a 'b c' d
f
echo "outer $#"
set -- x y
f "$@"
echo "outer $# $1"
