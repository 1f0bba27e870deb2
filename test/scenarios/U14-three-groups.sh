# SCENARIOS S14 with uevent: programs a1 and a2 are each one `uevent register`
# whose fd 3 lives only as long as the process (the exit closes it).
mkdir namespaces/ns1 namespaces/ns2
echo 'u:login u32 uid' >> dynamic_events
uevent register 3 'login u32 uid' 3<> namespaces/ns1/root/user_events_data
uevent register 3 'login u64 session' 3<> namespaces/ns2/root/user_events_data
cat available_events
cat events/user_events/login/id events/user_events.ns1/login/id events/user_events.ns2/login/id
cat dynamic_events
echo login > set_event
cat set_event
cat namespaces/ns2/root/user_events_status
echo '!login' >> set_event
cat set_event
echo '!u:login' >> dynamic_events
cat dynamic_events
cat available_events
cat namespaces/ns1/root/user_events_status
cat namespaces/ns2/root/user_events_status
