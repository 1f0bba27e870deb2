# Multi-format events: one name, several formats, each its own tracepoint NAME.N in the
# user_events_multi system; the same format again is the same event; a single-format event of
# that name is another event.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'mf u32 a' multi-format
uevent register 3 'mf u64 a; u64 b' multi-format
uevent register 3 'mf u32 a' multi-format
uevent register 3 'mf u16 x'
cat user_events_status
ls events/user_events_multi
ls events/user_events
cat events/user_events_multi/mf.0/format
cat events/user_events_multi/mf.1/format
cat dynamic_events
echo 1 > events/user_events_multi/enable
uevent write 3 0 u32:1
uevent write 3 1 u64:2 u64:3
uevent write 3 2 u16:4
cat trace
uevent unregister 3 mf
exec 3>&-
sleep 1
cat user_events_status
