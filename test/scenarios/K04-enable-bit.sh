# The enable bit follows the event's enable file: `uevent enabled` registers its own word and reads
# bit 0, and a `uevent hold` in the background keeps its registration (and the event) until it is
# killed; user_events_status says who uses the event.
# profile: linux-6.12
exec 3<>user_events_data
uevent enabled 3 'tick u32 n'
echo $?
uevent register 3 'tick u32 n'
echo 1 > events/user_events/tick/enable
uevent enabled 3 'tick u32 n'
echo $?
cat user_events_status
uevent hold 3 'tick u32 n' > /tmp/hold.out &
sleep 1
cat /tmp/hold.out
echo 0 > events/user_events/tick/enable
uevent enabled 3 'tick u32 n'
echo $?
cat user_events_status
kill %1; wait %1
echo $?
