echo first
!!
xyz=1
echo "value !xyz"
echo last word
echo !$
echo 'single !x is literal'
echo ! alone
echo done!
echo "!nosuchcommandinthissession"
