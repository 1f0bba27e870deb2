# An event that is not persistent goes away by itself when the last descriptor that registered it
# closes and the last process holding its enable bit exits (a moment later: 6.12 deletes it from a
# work item, so the session sleeps a second before it looks); a persistent one stays.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'gone u32 a'
uevent register 3 'kept u32 a' persist
cat user_events_status
exec 3>&-
sleep 1
cat user_events_status
ls events/user_events
cat dynamic_events
exec 3<>user_events_data
uevent hold 3 'held u32 a' > /tmp/held.out &
sleep 1
exec 3>&-
cat /tmp/held.out
cat user_events_status
kill %1; wait %1
sleep 1
cat user_events_status
