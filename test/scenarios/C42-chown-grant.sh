# Granting a user the namespace's files (§0.4): with the default modes (root/ 0750, files 0640,
# all root:root) alice in the container gets `Permission denied`; search permission on root/ is
# not enough; after the operator chowns the two files to her she can register and write, and the
# errors that are left come from the files' handlers; as the owner she may chmod them but not give
# them away. Another user (bob) is still refused, and on the host (su alice) tracefs' own 0700
# root is in the way: the bind mount is how a user reaches the files.
mkdir namespaces/ns1
container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice
container exec c1 uevent emit -d /isolated 'login u32 uid' u32:1000
chmod 0755 namespaces/ns1/root
container exec c1 uevent emit -d /isolated 'login u32 uid' u32:1000
container exec c1
echo hi > /isolated/user_events_data
stat -c '%a %U:%G %n' /isolated/user_events_data
suspend
chown 1000:1000 namespaces/ns1/root/user_events_data namespaces/ns1/root/user_events_status
fg
stat -c '%a %U:%G %n' /isolated/user_events_data
uevent emit -d /isolated 'login u32 uid' u32:1000
echo 1 > /isolated/user_events_status
chmod 0600 /isolated/user_events_status
stat -c '%a %U:%G %n' /isolated/user_events_status
chown 0 /isolated/user_events_status
exit
container exec --user bob c1 uevent emit -d /isolated 'login u32 uid' u32:1001
container exec --user bob c1 cat /isolated/user_events_status
su alice
id
cat /sys/kernel/tracing/namespaces/ns1/root/user_events_status
exit
