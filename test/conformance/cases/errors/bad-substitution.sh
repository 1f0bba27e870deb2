x=1
echo ${x@Z}
echo status=$?
echo ${1a}
echo ${x:y:z:w}
echo "${}"
echo next
