# The status bit follows every way of enabling: events/.../enable, set_event, an
# instance, and a namespace's own page; `uevent emit` writes only while it is set.
echo 'u:hello u32 count' >> dynamic_events
echo 'u:bye' >> dynamic_events
uevent enabled user_events_status 1
echo $?
uevent enabled user_events_status 2
echo 1 > events/user_events/hello/enable
uevent enabled user_events_status 1
echo $?
uevent enabled user_events_status 2
echo 1 > events/user_events/enable
uevent enabled user_events_status 2
echo 0 > events/enable
uevent enabled user_events_status 1
uevent enabled user_events_status 2
echo user_events:bye > set_event
uevent enabled user_events_status 2
echo hello >> set_event
uevent enabled user_events_status 1
cat user_events_status
echo '!user_events:bye' >> set_event
uevent enabled user_events_status 2
echo > set_event
uevent enabled user_events_status 1
uevent emit 'hello u32 count' u32:1
mkdir instances/inst1
echo 1 > instances/inst1/events/user_events/hello/enable
uevent enabled user_events_status 1
uevent emit 'hello u32 count' u32:2
echo 1 > events/user_events/hello/enable
echo 0 > instances/inst1/events/user_events/hello/enable
uevent enabled user_events_status 1
echo 0 > events/user_events/hello/enable
uevent enabled user_events_status 1
echo hello > instances/inst1/set_event
uevent enabled user_events_status 1
rmdir instances/inst1
uevent enabled user_events_status 1
mkdir namespaces/ns1
uevent register 3 'hello u32 count' 3<> namespaces/ns1/root/user_events_data
echo 1 > events/user_events.ns1/hello/enable
uevent enabled namespaces/ns1/root/user_events_status 1
uevent enabled user_events_status 1
uevent emit -d namespaces/ns1/root hello u32:3
cat trace
