exec 3<<EOF
on fd three
EOF
cat <&3
exec 3<&-
