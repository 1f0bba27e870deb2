set -o pipefail
set -o | grep -E '^(pipefail|noclobber|errexit)'
set +o pipefail
set -o | grep -E '^pipefail'
set -f; [[ $- == *f* ]] && echo f-set; set +f
set -- x y; echo "$@"
set -- ; echo $#
