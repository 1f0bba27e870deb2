{ echo out; echo err >&2; } 2>&1 | tr a-z A-Z
{ echo out; echo err >&2; } > f 2>&1
cat f
{ echo out; echo err >&2; } 2>&1 > g | sed 's/^/piped: /'
cat g
