# SCENARIOS S15 with uevent: registrations in a namespace limited to 1 and 2 bits.
mkdir namespaces/small
echo user_events_limit=1 > namespaces/small/options
exec 3<> namespaces/small/root/user_events_data
uevent register 3 'first u32 a'
uevent register 3 'second u32 a'
uevent register 3 'second this is not valid'
uevent register 3 'first u64 other'
cat namespaces/small/root/user_events_status
echo user_events_limit=2 > namespaces/small/options
uevent register 3 'second u32 a'
echo user_events_limit=1 > namespaces/small/options
uevent register 3 third
cat namespaces/small/root/user_events_status
