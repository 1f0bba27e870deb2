f() { echo hi; local x=1; if [ "$x" = 1 ]; then echo yes; fi; }
declare -f f
type f
declare -F f
