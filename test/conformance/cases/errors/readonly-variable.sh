readonly R=1
R=2
echo status=$?
declare R=3
R+=x
(R=4)
echo $R
f() { local R=5; echo "local $R"; }
f
