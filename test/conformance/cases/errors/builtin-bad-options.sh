set -Z
echo status=$?
declare -Z
read -Z x <<< y
echo status=$?
cd -Z
