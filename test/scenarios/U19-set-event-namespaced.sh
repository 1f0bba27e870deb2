# SCENARIOS S19 with uevent: program a1 registers login and logout in ns1.
mkdir namespaces/ns1
exec 3<> namespaces/ns1/root/user_events_data
uevent register 3 'login u32 uid'
uevent register 3 'logout u32 uid'
exec 3<&-
echo 'u:login u32 uid' >> dynamic_events
cat available_events
cat namespaces/ns1/root/user_events_status
echo 'user_events.ns1:*' > set_event
cat set_event
echo '!user_events.ns1:logout' >> set_event
cat set_event
echo login >> set_event
cat set_event
echo nosuch:thing >> set_event
echo user_events.ns1 >> set_event
cat set_event
echo > set_event
cat set_event
cat events/user_events.ns1/enable
