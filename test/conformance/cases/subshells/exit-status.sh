(exit 5); echo $?
(echo a; exit 2; echo b); echo $?
(true); echo $?
(false) || echo failed
(exit 0) && echo ok
