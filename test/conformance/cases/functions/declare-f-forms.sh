g() { for i in 1 2; do echo $i | cat; done; while false; do :; done; case $1 in a|b) echo ab;; *) echo other;; esac; (cd /; ls) > /dev/null 2>&1; x=$((1+2)); ((x++)); [[ $x == 4 ]] && echo four || echo not; { echo grp; }; sleep 1 & if true; then :; elif false; then :; else echo e; fi; for ((i=0;i<2;i++)); do :; done; until true; do :; done; cat <<EOF2
body $x
EOF2
}
declare -f g
function h { echo h; } > /dev/null
declare -f h
