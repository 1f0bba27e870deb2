# SCENARIOS S16 with uevent. The shell cannot hold a mapping, so the refusal caused
# by the mapping alone (after close(4)) is left out; test/user/programs covers it.
mkdir namespaces/ns1
exec 3<> namespaces/ns1/root/user_events_data
uevent register 3 'tick u32 n'
exec 4< namespaces/ns1/root/user_events_status
exec 5< namespaces/ns1/options
rmdir namespaces/ns1
exec 5<&-
rmdir namespaces/ns1
exec 3<&-
rmdir namespaces/ns1
exec 4<&-
echo 1 > events/user_events.ns1/tick/enable
rmdir namespaces/ns1
echo 0 > events/user_events.ns1/tick/enable
rmdir namespaces/ns1
ls -1 namespaces
ls -1 events
cat dynamic_events
