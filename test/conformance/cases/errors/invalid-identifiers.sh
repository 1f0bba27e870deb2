1x=3
echo status=$?
declare 1x=3
echo status=$?
export 'a b=1'
echo status=$?
read 'bad name' <<< x
echo status=$?
unset 'a-b'
echo status=$?
