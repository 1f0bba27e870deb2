cat <<EOF | tr a-z A-Z | sed 's/^/> /'
first
second
EOF
