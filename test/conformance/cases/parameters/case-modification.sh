s='hello world'
echo "${s^}" "${s^^}"
t='HELLO World'
echo "${t,}" "${t,,}"
echo "${s^^[lo]}" "${t,,[LW]}"
echo "${s~}" "${s~~}"
