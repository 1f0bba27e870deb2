x=mid
echo 'a'"b"c'd'$'e'"$x"f
echo "$x"'$x'$x
echo pre"$x"post pre'$x'post
echo ''"" a''b ""c""
