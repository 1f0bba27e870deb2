echo a\ b\ \ c
echo \$HOME \"x\" \'y\' \\
echo \a\b\c
echo abc\
def
echo "line\
joined"
echo 'kept\
newline'
