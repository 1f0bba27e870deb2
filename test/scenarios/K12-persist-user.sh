# Persistent events need CAP_PERFMON: alice, once root lets her open user_events_data, registers
# ordinary events but gets EPERM for the persist flag and for deleting root's persistent event.
# profile: linux-6.12
chmod 755 .
chmod 666 user_events_data
exec 3<>user_events_data
uevent register 3 'kept u32 a' persist
exec 3>&-
sudo -u alice bash -c 'exec 4<>/sys/kernel/tracing/user_events_data && uevent register 4 "mine u32 a" persist; uevent register 4 "mine u32 a"; uevent unregister 4 kept'
sleep 1
cat user_events_status
