# SCENARIOS S7 with uevent: the program's fd 3 is the shell's `exec 3<>`; each
# writev is one `uevent write` (its own process, so each entry has its own pid).
echo 'u:hello u32 count' >> dynamic_events
echo 1 > events/user_events/hello/enable
exec 3<> user_events_data
uevent register 3 'hello u32 count'
uevent write 3 0 u32:1
uevent write 3 0 u32:2
cat trace
cat user_events_status
cat trace_pipe
head -3 trace
uevent write 3 0 u32:3
head -3 trace
echo > trace
head -3 trace
