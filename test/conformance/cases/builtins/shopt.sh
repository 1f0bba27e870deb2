shopt nullglob extglob
shopt -p dotglob
shopt -s nullglob; echo none*; echo st=$?
shopt -u nullglob; echo none*
shopt -s failglob; echo none*; echo st=$?
shopt -u failglob
shopt -s nosuchopt; echo st=$?
shopt -q nullglob; echo q=$?
touch .hid vis; shopt -s dotglob; echo *; shopt -u dotglob; echo *
