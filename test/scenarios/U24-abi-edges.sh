# SCENARIOS S24 with uevent, the lines uevent can express: raw struct sizes, bad
# addresses, unknown ioctls, mmap lengths, lseek and pwrite need a raw-syscall tool.
# The 600-character command is made with printf -v; `cat <&3` is read(3).
exec 3<> user_events_data
uevent register 3 a
printf -v long '%0600d' 0
uevent register 3 "$long"
exec 4< user_events_status
uevent register 4 a
uevent unregister 3 nosuch
exec 5< user_events_data
uevent register 5 a
uevent write 5 0
cat <&3
