show() {
cat <<EOF
arg: $1
count: $#
EOF
}
show first
show second x y
