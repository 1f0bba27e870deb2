[[ 1 -lt 2 && ( a == b || c == c ) ]]; echo $?
[[ ! -e nope ]]; echo $?
[[ -n x && -z '' ]]; echo $?
[[ a == b ]] || [[ c == c ]]; echo $?
[[ ! ( 1 -eq 1 ) ]]; echo $?
