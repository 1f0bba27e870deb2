shopt -s nullglob; (shopt -u nullglob; shopt nullglob); shopt nullglob
x=$(shopt -s dotglob; shopt dotglob); echo "$x"; shopt dotglob
shopt -s extglob | cat; shopt extglob
f() { shopt -s nocasematch; }; f; shopt nocasematch
