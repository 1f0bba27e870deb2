x='a b'\''c'
echo "${x@Q}"
y=hello
echo "${y@U}" "${y@u}" "${y@L}"
z='tab\there'
echo "${z@E}"
declare -i n=3
echo "${n@a}" "${n@A}"
set -- 'one two' three
echo "${@@Q}"
