x='one two  three'
for w in $x; do echo "<$w>"; done
for w in "$x"; do echo "<$w>"; done
IFS=o
for w in $x; do echo "<$w>"; done
unset IFS
