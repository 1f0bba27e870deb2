((0)); echo $?
((1)); echo $?
((-1)); echo $?
((5>3)) && echo yes
((x=0)); echo $?
(( 2 - 2 )) || echo zero
((  )) ; echo $?
