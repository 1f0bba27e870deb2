# What a container sees (§c.13): only its minimal root and the bind mount; the host's tracefs and
# the other namespace are not there at all, and `..` out of the mount stays in the container.
# Two namespaces register the same event name without conflict (separate IDs, status bits and
# events/ directories); the host enables one of them and only that container's bit flips.
mkdir namespaces/ns1 namespaces/ns2
chmod 0755 namespaces/ns1/root namespaces/ns2/root
chmod 0666 namespaces/ns1/root/user_events_data namespaces/ns2/root/user_events_data
chmod 0644 namespaces/ns1/root/user_events_status namespaces/ns2/root/user_events_status
container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice
container run c2 --bind /sys/kernel/tracing/namespaces/ns2/root:/isolated --user bob
container ls
container exec c1
echo $USER@$HOSTNAME
ls -A /
mount
ls /sys/kernel/tracing
ls /isolated/..
cat /isolated/../namespaces/ns2/root/user_events_status
exec 3<> /isolated/user_events_data
uevent register 3 'login u32 uid'
cat /isolated/user_events_status
exit
container exec c2
whoami
exec 3<> /isolated/user_events_data
uevent register 3 'login u32 uid'
cat /isolated/user_events_status
exit
cat user_events_status
cat available_events
cat events/user_events.ns1/login/id events/user_events.ns2/login/id
cat dynamic_events
echo 1 > events/user_events.ns2/login/enable
container exec c1 uevent enabled /isolated/user_events_status 1
container exec c2 uevent enabled /isolated/user_events_status 1
container exec c1 uevent emit -d /isolated 'login u32 uid' u32:1000
container exec c2 uevent emit -d /isolated 'login u32 uid' u32:1001
cat trace
echo 0 > events/user_events.ns2/login/enable
container exec c2 uevent enabled /isolated/user_events_status 1
