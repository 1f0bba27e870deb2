echo 'no $expansion `here` "double" \backslash'
echo 'a   b    c'
echo 'semi;colon|pipe&amp<less>greater'
echo 'it'\''s'
echo ''
echo '' '' | od -c
