# EMFILE at a namespace's user_events_limit: new names only, checked before the
# fields, freed bits reused lowest first; the root group is unaffected.
mkdir namespaces/small
echo user_events_limit=2 > namespaces/small/options
exec 3<> namespaces/small/root/user_events_data
uevent register 3 'a u32 x'
uevent register 3 'b u32 x'
uevent register 3 'c u32 x'
echo $?
uevent register 3 'c no such type'
uevent register 3 'b whatever'
uevent emit -d namespaces/small/root 'c u32 x' u32:1
echo $?
cat namespaces/small/root/user_events_status
exec 3<&-
uevent unregister 3 a 3<> namespaces/small/root/user_events_data
uevent register 3 'c u32 x' 3<> namespaces/small/root/user_events_data
uevent register 3 'd u32 x' 3<> namespaces/small/root/user_events_data
echo user_events_limit=3 > namespaces/small/options
uevent register 3 'd u32 x' 3<> namespaces/small/root/user_events_data
cat namespaces/small/root/user_events_status
uevent register 3 'a u32 x' 3<> user_events_data
cat user_events_status
