touch f
mkdir d
echo data > s
ln -s f link
[ -e f ]; echo "e $?"
[ -f d ]; echo "f-dir $?"
[ -d d ]; echo "d $?"
[ -s f ]; echo "s-empty $?"
[ -s s ]; echo "s $?"
[ -L link ]; echo "L $?"
[ -h f ]; echo "h $?"
[ -r f ] && [ -w f ]; echo "rw $?"
[ -x f ]; echo "x $?"
[ -e nope ]; echo "nope $?"
