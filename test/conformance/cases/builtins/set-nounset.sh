set -u
echo $nope
echo status=$?
echo "${nope:-default ok}"
echo "${nope-}" end
a=()
echo "${#a[@]}"
set +u
echo "[$nope]"
