type -t printf
enable -n echo
type -t echo
enable echo
type -t echo
builtin echo via-builtin
builtin nope
