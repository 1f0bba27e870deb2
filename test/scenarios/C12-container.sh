# SCENARIOS S12 and S13 through a container. The operator's chmods are S12's; `container run`
# replaces S12's `mkdir -p /containers/c1/isolated` + `mount --bind` (C22 shows those on the host)
# and starts the container with its own mount namespace. The ⟫ lines of the program `app` are
# uevent commands of alice's shell: fd 3 is the data file, `uevent enabled` maps the status page
# and reads V[0]'s bit. `suspend` hands the terminal back to the operator (the container shell is
# job [1] of the host shell) and `fg` continues it, with its descriptors still open.
mkdir namespaces/ns1
chmod 0755 namespaces/ns1/root
chmod 0666 namespaces/ns1/root/user_events_data
chmod 0644 namespaces/ns1/root/user_events_status
container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice
container exec c1
id -u
stat -c '%a %U:%G %n' /isolated /isolated/user_events_data /isolated/user_events_status
cat /isolated/user_events_status
echo 1 > /isolated/user_events_status
exec 3<> /isolated/user_events_data
uevent register 3 'login u32 uid; char[8] tty'
uevent enabled /isolated/user_events_status 1
cat /isolated/user_events_status
suspend
cat user_events_status
cat available_events
ls -1 events
cat events/user_events.ns1/login/format
cat dynamic_events
# S13
echo 1 > events/user_events.ns1/login/enable
fg
uevent enabled /isolated/user_events_status 1
cat /isolated/user_events_status
uevent write 3 0 u32:1000 'char[8]:pts/0'
suspend
cat trace
echo 0 > events/user_events.ns1/login/enable
fg
uevent enabled /isolated/user_events_status 1
cat /isolated/user_events_status
exit
