parse() {
local OPTIND opt
while getopts 'ab:c' opt; do
case $opt in
a) echo A;;
b) echo "B=$OPTARG";;
c) echo C;;
?) echo "bad opt";;
esac
done
shift $((OPTIND-1))
echo "rest: $*"
}
parse -a -b val -c x y
parse -ac -bz -- -d
parse -d
parse -b
