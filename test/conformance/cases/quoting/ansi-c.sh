echo $'tab\there' | od -c
echo $'\x41\101\u0042'
echo $'single \' quote' $'double " quote'
echo $'a\nb'
printf '%s\n' $'\e[0m' | od -An -c
echo $'\\' $'\"' $'\?'
echo $'\cA' | od -An -c
