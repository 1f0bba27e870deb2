x=hello
echo ${#x}
x=
echo ${#x}
set -- a bb ccc
echo ${#} ${#@} ${#*} ${#1} ${#3}
a=(one two three)
echo ${#a[@]} ${#a} ${#a[1]}
unset u
echo ${#u}
