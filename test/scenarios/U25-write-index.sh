# SCENARIOS S25 with uevent: per-descriptor write indexes and payload length.
exec 3<> user_events_data
uevent register 3 'ev u32 a'
uevent register 3 other
uevent register 3 'ev u64 zzz'
exec 4<> user_events_data
uevent register 4 other
uevent write 4 1
cat dynamic_events
echo 1 > events/user_events/ev/enable
uevent write 3 0 u16:42
uevent write 3 0 u32:42 u32:0xffffffff
cat trace
