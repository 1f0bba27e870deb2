unset a b
echo "${a:-${b:-deep}}"
echo "${a:-"quoted   default"}"
echo ${a:-unquoted   default}
b=set
echo "${a:-${b:+b is $b}}"
echo "${a-$((1+2))}"
