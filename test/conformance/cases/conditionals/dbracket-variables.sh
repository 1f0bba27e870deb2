unset x
[[ -v x ]]; echo $?
x=
[[ -v x ]]; echo $?
a=(1 2)
[[ -v a[1] ]]; echo $?
[[ -v a[5] ]]; echo $?
set -o noclobber
[[ -o noclobber ]]; echo $?
set +o noclobber
[[ -o noclobber ]]; echo $?
