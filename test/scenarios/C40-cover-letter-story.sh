# The RFC v2 cover letter's story, end to end in one terminal: the operator creates a tracing
# namespace, limits it, grants its files to alice and binds its root into container c1; alice
# registers and writes from inside (once, then a background writer that keeps its descriptors
# open); the operator traces on the host and finds rmdir refused while the writer runs; the
# writer is stopped (kill %1 in alice's shell) and the namespace removed. Time passes only with
# `sleep`: the background writer wakes every second of the virtual clock.
mkdir namespaces/ns1
echo user_events_limit=16 > namespaces/ns1/options
cat namespaces/ns1/options
chmod 0755 namespaces/ns1/root
chown 1000:1000 namespaces/ns1/root/user_events_data namespaces/ns1/root/user_events_status
container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice
container exec c1
id
ls -l /isolated
uevent emit -d /isolated 'login u32 uid; char[8] tty' u32:1000 'char[8]:pts/0'
cat /isolated/user_events_status
uevent emit -d /isolated --count 10 --interval 1s 'tick u32 n' u32:1 &
jobs
suspend
cat available_events
echo 1 > events/user_events.ns1/tick/enable
echo 1 > events/user_events.ns1/login/enable
container exec c1 uevent emit -d /isolated 'login u32 uid; char[8] tty' u32:1000 'char[8]:pts/0'
sleep 2
cat trace
rmdir namespaces/ns1
container ls
container rm c1
fg
cat /isolated/user_events_status
kill %1
exit
rmdir namespaces/ns1
echo 0 > events/user_events.ns1/tick/enable
echo 0 > events/user_events.ns1/login/enable
rmdir namespaces/ns1
ls -1 namespaces
cat available_events
container exec c1 ls -A /isolated
container rm c1
container ls
