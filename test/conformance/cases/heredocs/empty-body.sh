cat <<EOF
EOF
echo status=$?
cat <<EOF | wc -c
EOF
