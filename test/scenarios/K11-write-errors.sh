# What a write to user_events_data can be refused with: EBADF while nobody enabled the event,
# ENOENT for an index this descriptor never got, EINVAL for a payload shorter than the fields (a
# longer one is taken); then what register refuses: text flags after the name (name:flag) and bad
# fields, EINVAL, while an empty command makes an event with an empty name.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'w u32 a; u32 b'
uevent write 3 0 u32:1 u32:2
echo 1 > events/user_events/w/enable
uevent write 3 0 u32:1 u32:2
uevent write 3 1 u32:1 u32:2
uevent write 3 0 u32:1
uevent write 3 0
uevent write 3 0 u32:1 u32:2 u32:3
exec 4<>user_events_data
uevent write 4 0 u32:1 u32:2
cat trace
uevent register 3 'flagged:BPF u32 a'
uevent register 3 'flagged: u32 a'
echo 'u:flagged:BPF u32 a' >> dynamic_events
uevent register 3 'bad u32'
uevent register 3 'bad long x'
uevent register 3 ''
cat user_events_status
