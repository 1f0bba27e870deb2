echo hello > f
exec 3<> f
read -r w <&3
echo "$w"
exec 3>&-
exec 3<> new
echo created >&3
exec 3>&-
cat new
