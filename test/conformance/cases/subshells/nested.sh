(echo 1; (echo 2; (echo 3)))
x=$( ( echo deep ) )
echo $x
( (echo spaced) )
((echo x) )
