false | true; echo $?
true | false; echo $?
set -o pipefail
false | true; echo $?
true | (exit 3) | true; echo $?
set +o pipefail
false | true | (exit 3); echo "${PIPESTATUS[@]}"
true; echo "${PIPESTATUS[@]}"
