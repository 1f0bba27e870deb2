f() { echo start; local x=$((1/0)); echo end; }
f
echo status=$?
g() { [ 1 -lt x ]; echo "test status $?"; }
g
