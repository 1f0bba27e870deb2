# SCENARIOS S18 with uevent: a write reaches every trace array that enables the event.
echo 'u:hello u32 count' >> dynamic_events
mkdir instances/inst1
ls -1 instances/inst1
cat instances/inst1/buffer_size_kb
ls -1 instances/inst1/events/user_events
echo 1 > instances/inst1/events/user_events/hello/enable
cat instances/inst1/buffer_size_kb
cat events/user_events/hello/enable
cat user_events_status
exec 3<> user_events_data
uevent register 3 hello
uevent write 3 0 u32:5
head -3 trace
cat instances/inst1/trace
echo 1 > events/user_events/hello/enable
uevent write 3 0 u32:6
cat trace
head -3 instances/inst1/trace
echo 0 > events/user_events/hello/enable
cat user_events_status
exec 6< instances/inst1/trace
rmdir instances/inst1
exec 6<&-
rmdir instances/inst1
cat user_events_status
