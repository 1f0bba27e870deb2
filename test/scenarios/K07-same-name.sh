# One name, one format: registering a name again with the same fields (however spaced, persistent
# or not) gives the same event and write index; with other fields, or none, EADDRINUSE, from the
# ABI and from dynamic_events alike.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'same u32 a'
uevent register 3 'same u32 a'
uevent register 3 'same  u32  a'
uevent register 3 'same u64 a'
uevent register 3 'same u32 a; u32 b'
uevent register 3 'same'
uevent register 3 'same u32 b'
uevent register 3 'same u32 a' persist
echo 'u:same u64 a' >> dynamic_events
echo 'u:same u32 a' >> dynamic_events
uevent register 3 'other u32 a'
cat user_events_status
