cat <<EOF
joined \
line
kept \\
EOF
cat <<'EOF'
not \
joined
EOF
