echo hello | tr a-z A-Z
echo hello | tr -d l
echo 'a   b    c' | tr -s ' '
echo abc123 | tr -cd '0-9'; echo
echo 'Mixed Case' | tr '[:upper:]' '[:lower:]'
printf 'a\nb\n' | tr -d '\n'; echo
echo abc | tr abc x
tr
echo status=$?
