# SCENARIOS S22 through a container. The operator's lines are S22's, mount --bind included; the
# container then binds the host's mount point /containers/c1/isolated at its own /isolated. Between
# alice's two sessions her shell is suspended (job [1] of the operator's shell) and continued.
mkdir namespaces/ns1
mkdir -p /containers/c1/isolated
mount --bind /sys/kernel/tracing/namespaces/ns1/root /containers/c1/isolated
container run c1 --bind /containers/c1/isolated:/isolated --user alice
container exec c1
ls /isolated
cat /isolated/user_events_status
suspend
chmod 0755 namespaces/ns1/root
chown 1000:1000 namespaces/ns1/root/user_events_data namespaces/ns1/root/user_events_status
fg
ls -1 /isolated
stat -c '%a %U:%G %n' /isolated/user_events_data
cat /isolated/user_events_status
echo 1 > /isolated/user_events_status
echo hi > /isolated/user_events_data
echo hello > /isolated/user_events_data
mkdir /isolated/x
exit
# root would get EPERM (S3)
mkdir namespaces/ns1/root/x
