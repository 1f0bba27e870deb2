touch a
ln a hard
ln -s a soft
[ a -ef hard ]; echo $?
[ a -ef soft ]; echo $?
[ a -nt nope ]; echo $?
[ nope -ot a ]; echo $?
[ a -ef nope ]; echo $?
