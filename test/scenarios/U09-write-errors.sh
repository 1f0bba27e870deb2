# SCENARIOS S9 with uevent: the 2-byte write(2) is bash's printf on fd 3; the
# hand-made __rel_loc words are u32: values, the correct one is built by rel:.
exec 3<> user_events_data
uevent register 3 'x __rel_loc char[] data'
cat events/user_events/x/format
printf '\0\0' >&3
uevent write 3 5 u32:0
uevent write 3 -1 u32:0
uevent write 3 0
uevent write 3 0 u32:0x00050400 char[5]:Test
echo 1 > events/user_events/x/enable
uevent write 3 0 u32:0x00050400 char[5]:Test
uevent write 3 0 u32:0x00050001 char[5]:Test
uevent write 3 0 u32:0x04050000 char[5]:Test
uevent write 3 0 u32:0x00060000 char[5]:Test
uevent write 3 0 u32:0x00050000 char[5]:AAAAA
uevent write 3 0 rel:Test
cat trace
