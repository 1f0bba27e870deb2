[[ abc =~ x ]]; echo $? ${#BASH_REMATCH[@]}
re='a('
[[ a =~ $re ]]; echo $?
[[ '' =~ ^$ ]]; echo $?
[[ abc =~ ^(a)(x)?c ]]; echo $? "[${BASH_REMATCH[2]}]"
