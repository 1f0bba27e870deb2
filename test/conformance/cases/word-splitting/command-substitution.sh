printf '[%s]' $(echo 'a  b'; echo c); echo
printf '[%s]' "$(echo 'a  b'; echo c)"; echo
printf '[%s]' $(printf ' lead\n\ntrail '); echo
set -- $(seq 1 4)
echo $#
