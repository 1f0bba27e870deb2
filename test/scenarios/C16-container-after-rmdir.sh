# SCENARIOS S16 with the container of its last paragraph. The refusals are U16's (the shell
# cannot hold a mapping alone: test/user/programs covers it); container c1 has ns1/root bound at
# /isolated, as S12 sets it up. A successful rmdir leaves the container an empty, dead directory
# (§b.6, Q20, Q21): listing shows nothing, opening gives ENOENT, and a namespace created later
# with the same name is not seen through the old mount.
mkdir namespaces/ns1
chmod 0755 namespaces/ns1/root
chmod 0644 namespaces/ns1/root/user_events_status
container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice
container exec c1 ls -A /isolated
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
container exec c1
ls -A /isolated
cat /isolated/user_events_status
exit
mkdir namespaces/ns1
container exec c1 ls -A /isolated
container rm c1
