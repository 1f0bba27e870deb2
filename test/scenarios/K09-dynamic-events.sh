# user events through dynamic_events: a u: line makes a persistent event; deleting it takes the
# name and every field (the name alone, a prefix of the fields or one field too many match nothing);
# an enabled or registered event is busy, and truncating the file deletes nothing while one is.
# profile: linux-6.12
echo 'u:dyn u32 a; char[4] b' >> dynamic_events
cat dynamic_events
cat user_events_status
echo '!u:dyn' >> dynamic_events
echo '!u:dyn u32 a' >> dynamic_events
echo '!u:dyn u32 a; char[4] b; u32 c' >> dynamic_events
echo 1 > events/user_events/dyn/enable
echo '!u:dyn u32 a; char[4] b' >> dynamic_events
echo 0 > events/user_events/dyn/enable
echo '-:dyn' >> dynamic_events
echo '!u:dyn u32 a; char[4] b' >> dynamic_events
cat dynamic_events
exec 3<>user_events_data
uevent register 3 'reg u32 a'
echo '!u:reg u32 a' >> dynamic_events
echo 'u:bare' >> dynamic_events
echo '!u:bare' >> dynamic_events
echo 'u:twice u32 a' >> dynamic_events
echo 'u:twice u32 a' >> dynamic_events
cat dynamic_events
echo > dynamic_events
cat dynamic_events
cat user_events_status
