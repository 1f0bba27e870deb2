# SCENARIOS S10 with uevent: DIAG_IOCSDEL is `uevent unregister`.
exec 3<> user_events_data
uevent register 3 'hello u32 count'
echo 1 > events/user_events/hello/enable
uevent write 3 0 u32:7
exec 4<> user_events_data
uevent unregister 4 hello
echo 0 > events/user_events/hello/enable
uevent unregister 3 hello
exec 3<&-
uevent unregister 4 'hello u32 count'
uevent unregister 4 hello
uevent unregister 4 hello
ls events/user_events
cat user_events_status
cat trace
echo '!u:nothing' >> dynamic_events
head -3 trace
