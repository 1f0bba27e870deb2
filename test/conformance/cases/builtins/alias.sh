alias greet='echo hello'
greet world
alias greet
alias two='echo one;' x='echo x'
two x
unalias greet
greet
alias nope
echo status=$?
unalias nope
