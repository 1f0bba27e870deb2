x=world
cat <<EOF
hello $x
  indented line
EOF
echo after
