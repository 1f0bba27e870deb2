echo gone > /dev/null
cat /dev/null
echo status=$?
wc -c < /dev/null
ls nope 2> /dev/null || echo failed quietly
