# SCENARIOS S8 with uevent: writes accepted but not recorded.
echo 'u:hello u32 count' >> dynamic_events
exec 3<> user_events_data
uevent register 3 hello
uevent write 3 0 u32:1
head -3 trace
echo 1 > events/user_events/hello/enable
echo 0 > tracing_on
uevent write 3 0 u32:2
cat user_events_status
head -3 trace
echo abc > tracing_on
echo 5 > tracing_on
cat tracing_on
