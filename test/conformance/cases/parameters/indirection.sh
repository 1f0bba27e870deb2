x=target
target='the value'
echo "${!x}"
n=2
set -- first second third
echo "${!n}"
p=unsetvar
echo "[${!p}]" "[${!p:-fallback}]"
