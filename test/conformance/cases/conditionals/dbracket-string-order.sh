[[ apple < banana ]]; echo $?
[[ b > a ]]; echo $?
[[ B < a ]]; echo $?
[ apple \< banana ]; echo $?
[ b \> c ]; echo $?
[[ 10 < 9 ]]; echo $?
