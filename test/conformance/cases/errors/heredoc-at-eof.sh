echo start
cat <<EOF
line one
line two
