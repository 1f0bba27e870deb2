for i in 1 2 3; do
cat <<EOF
item $i
EOF
done
