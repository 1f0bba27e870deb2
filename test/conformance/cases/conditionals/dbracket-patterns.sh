[[ abc == a* ]]; echo $?
[[ abc == "a*" ]]; echo $?
x='a*'
[[ abc == $x ]]; echo $?
[[ abc == "$x" ]]; echo $?
[[ abc != b* ]]; echo $?
[[ abc = a?c ]]; echo $?
[[ b == [abc] ]]; echo $?
[[ a* == $x ]]; echo $?
