x=world
cat <<'EOF'
no $x expansion $(echo here) `echo here` \$ \\
EOF
cat <<"END"
also $x literal
END
cat <<\STOP
and $x again
STOP
cat <<E'O'F
partly quoted $x
EOF
