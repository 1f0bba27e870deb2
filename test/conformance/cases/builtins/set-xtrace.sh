set -x
echo hi
x=$((1+1))
echo "$x" 'quoted arg'
f() { echo in-f; }
f
set +x
echo off
