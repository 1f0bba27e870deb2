cat <<-EOF
	tab indented
		two tabs
    spaces stay
	EOF
echo done
