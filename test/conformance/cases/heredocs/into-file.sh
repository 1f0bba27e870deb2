cat > f <<EOF
stored line
EOF
cat >> f <<'EOF'
appended $line
EOF
cat f
wc -l < f
