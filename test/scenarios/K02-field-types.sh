# Registering events with every kind of field through the enable-bit ABI: integers of each size,
# a fixed char array, __data_loc and __rel_loc strings, a struct and no field at all; the format
# files, user_events_status and the u: lines of dynamic_events they make.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'ints u8 a; u16 b; u32 c; u64 d; s32 e'
uevent register 3 'strs char[8] name; __data_loc char[] path; __rel_loc char[] note'
uevent register 3 'shaped struct point p 8; u32 tail'
uevent register 3 'bare'
cat user_events_status
cat dynamic_events
ls events/user_events
cat events/user_events/ints/format
cat events/user_events/strs/format
cat events/user_events/shaped/format
cat events/user_events/bare/format
