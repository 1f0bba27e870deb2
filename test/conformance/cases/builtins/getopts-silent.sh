p() { local OPTIND o; while getopts ':xy:' o; do echo "$o [${OPTARG-}]"; done; echo "OPTIND=$OPTIND"; }
p -x -q -y
p -xy arg rest
