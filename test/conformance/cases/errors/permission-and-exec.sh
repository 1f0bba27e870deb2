touch f
./f
echo status=$?
chmod +x f
./f
echo status=$?
mkdir d
./d
echo status=$?
