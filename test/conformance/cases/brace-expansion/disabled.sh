set +B
echo {a,b} {1..3}
set -B
echo {a,b} {1..3}
