# SCENARIOS S6 with uevent: each read of the mapped status page (V[0]) is
# `uevent enabled user_events_status BIT` for bits 1 (hello) and 2 (bye).
echo 'u:hello u32 count' >> dynamic_events
echo 'u:bye' >> dynamic_events
uevent enabled user_events_status 1
uevent enabled user_events_status 2
cat events/user_events/enable
echo 1 > events/user_events/hello/enable
cat events/user_events/hello/enable
uevent enabled user_events_status 1
uevent enabled user_events_status 2
cat events/user_events/enable
cat events/enable
cat set_event
cat user_events_status
cat buffer_size_kb
cat buffer_total_size_kb
echo 1 > events/user_events/enable
uevent enabled user_events_status 1
uevent enabled user_events_status 2
cat events/user_events/enable
cat user_events_status
echo 0 > events/enable
uevent enabled user_events_status 1
uevent enabled user_events_status 2
cat events/user_events/enable
echo 2 > events/user_events/hello/enable
echo on > events/user_events/hello/enable
echo 99999999999999999999 > events/user_events/hello/enable
