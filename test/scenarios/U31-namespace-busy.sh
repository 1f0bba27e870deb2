# A namespace kept busy by an open user_events_data fd (registered or not), by an
# open status fd and by an enabled event; a mapping ends with its process.
mkdir namespaces/ns1
exec 3<> namespaces/ns1/root/user_events_data
rmdir namespaces/ns1
uevent register 3 'tick u32 n'
rmdir namespaces/ns1
uevent unregister 3 tick
exec 3<&-
cat namespaces/ns1/root/user_events_status
uevent unregister 3 tick 3<> namespaces/ns1/root/user_events_data
exec 4< namespaces/ns1/root/user_events_status
rmdir namespaces/ns1
exec 4<&-
uevent emit -d namespaces/ns1/root 'tick u32 n' u32:1
cat namespaces/ns1/root/user_events_status
echo 1 > events/user_events.ns1/tick/enable
uevent emit -d namespaces/ns1/root 'tick u32 n' u32:2
rmdir namespaces/ns1
echo 0 > events/user_events.ns1/tick/enable
uevent enabled namespaces/ns1/root/user_events_status 1
rmdir namespaces/ns1
uevent emit -d namespaces/ns1/root 'tick u32 n' u32:3
echo $?
cat trace
