x=value
echo `echo '$x'`
echo `echo \$x`
echo "`echo \"quoted\"`"
echo `echo a\\\\b`
