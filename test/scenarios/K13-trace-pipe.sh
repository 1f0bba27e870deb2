# trace_pipe hands out each entry once: what it printed is gone from trace, and a writer that
# comes later (uevent emit, its own descriptor and enable word) is seen by the next read.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'pipe u32 n; char[6] s'
echo 1 > events/user_events/pipe/enable
uevent write 3 0 u32:1 char[6]:one
uevent write 3 0 u32:2 char[6]:two
cat trace_pipe
cat trace
uevent emit 'pipe u32 n; char[6] s' u32:3 char[6]:three
uevent emit 'other u32 n' u32:4
cat trace_pipe
