x=3
cat <<EOF
cmd: $(echo sub) arith: $((x*2)) var: ${x}
escaped: \$x \` \\ and \a kept
quotes "stay" 'as is'
EOF
