empty=
printf '[%s]\n' '' "" $empty "$empty" x
printf '[%s]\n' ''$empty ""''
set -- '' ''
echo $#
set -- $empty $empty
echo $#
