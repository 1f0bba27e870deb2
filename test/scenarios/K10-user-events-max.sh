# kernel.user_events_max caps how many user events exist at once: lowered below the count, new
# registrations get EMFILE (from the ABI and dynamic_events) while existing ones still match.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'one u32 a'
uevent register 3 'two u32 a'
echo 2 > /proc/sys/kernel/user_events_max
cat /proc/sys/kernel/user_events_max
uevent register 3 'three u32 a'
echo 'u:four u32 a' >> dynamic_events
uevent register 3 'one u32 a'
exec 3>&-
sleep 1
exec 3<>user_events_data
uevent register 3 'three u32 a'
echo 0 > /proc/sys/kernel/user_events_max
uevent register 3 'four u32 a'
uevent register 3 'three u32 a'
cat user_events_status
