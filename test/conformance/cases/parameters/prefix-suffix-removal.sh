p=/usr/local/lib/archive.tar.gz
echo "${p#*/}"
echo "${p##*/}"
echo "${p%.*}"
echo "${p%%.*}"
echo "${p#nomatch}" "${p%/}"
f=aaa
echo ${f#a} ${f##a} ${f#a*} ${f##a*}x
