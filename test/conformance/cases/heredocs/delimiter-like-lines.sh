cat <<EOF
 EOF
EOF2
EOFx
EOF
echo end
