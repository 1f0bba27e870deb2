set -u
echo "$undefined"
echo after
f() { echo "$1"; }
f
echo status=$?
echo "${arr[0]}"
set +u
