f() { echo "$FUNCNAME"; g; }
g() { echo "${FUNCNAME[@]}"; echo "${#FUNCNAME[@]}"; }
f
echo "[${FUNCNAME[*]}]"
