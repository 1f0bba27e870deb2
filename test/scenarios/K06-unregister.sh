# DIAG_IOCSDEL (`uevent unregister`, which takes the name alone): EBUSY while a descriptor or the
# enable file holds the event, ENOENT for a name nobody registered (an event that is not persistent
# is gone a moment after its descriptor closes), and success for a persistent event nobody uses.
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'busy u32 a'
uevent unregister 3 busy
uevent unregister 3 nosuch
uevent register 3 'kept u32 a' persist
uevent unregister 3 kept
exec 3>&-
sleep 1
exec 4<>user_events_data
uevent unregister 4 busy
echo 1 > events/user_events/kept/enable
uevent unregister 4 kept
echo 0 > events/user_events/kept/enable
uevent unregister 4 'kept u32 a'
uevent unregister 4 kept
echo $?
cat user_events_status
uevent unregister 4 kept
