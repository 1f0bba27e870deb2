cat <<A; cat <<B
from a
A
from b
B
cat <<X && echo ok
body
X
