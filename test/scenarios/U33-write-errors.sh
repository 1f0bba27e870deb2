# Write errors: unregistered and negative indexes, short payloads, out-of-bounds or
# unterminated __data_loc strings (validated only while recorded), and values
# uevent refuses itself (exit 2, nothing written).
echo 'u:msg u32 n; __data_loc char[] text' >> dynamic_events
exec 3<> user_events_data
uevent register 3 msg
uevent write 3 0 u32:1 loc:hi
echo 1 > events/user_events/msg/enable
uevent write 3 1 u32:1 loc:hi
uevent write 3 -1 u32:1 loc:hi
uevent write 3 0x80000000 u32:1 loc:hi
uevent write 3 0 u32:1
uevent write 3 0 u32:1 u16:16
uevent write 3 0 u32:1 u32:0x00030011 char[3]:hi
uevent write 3 0 u32:1 u32:0x00040010 char[3]:hi
uevent write 3 0 u32:1 u32:0x00030010 char[3]:hey
uevent write 3 0 u32:1 u32:0x00030010 char[3]:hi
uevent write 3 0 u32:2 loc:hi
uevent write 3 0 u32:3 loc:
uevent write 3 0 u32:4 loc:hi u8:255
uevent write 3 0 u32:5 loc:hi u8:256
uevent write 3 0 u32:5 str:hi
uevent write 4 0 u32:5 loc:hi
echo 0 > tracing_on
uevent write 3 0 u32:6 u32:0x00040010 char[3]:hi
echo 1 > tracing_on
cat trace
