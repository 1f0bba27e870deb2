f() { echo in f; echo err >&2; } > out 2>&1
f
f
cat out
