# Writing the events of K02 once they are enabled: each write returns its byte count, and the
# trace prints every field by its type (numbers, fixed and located strings, the struct as a number).
# profile: linux-6.12
exec 3<>user_events_data
uevent register 3 'ints u8 a; u16 b; u32 c; u64 d; s32 e'
uevent register 3 'strs char[8] name; __data_loc char[] path; __rel_loc char[] note'
uevent register 3 'shaped struct point p 8; u32 tail'
uevent register 3 'bare'
echo 1 > events/user_events/enable
uevent write 3 0 u8:1 u16:2 u32:3 u64:4 s32:-5
uevent write 3 0 u8:65 u16:65535 u32:4294967295 u64:18446744073709551615 s32:-2147483648
uevent write 3 1 char[8]:tty loc:/tmp/x rel:hello
uevent write 3 2 u64:0x0102030405060708 u32:9
uevent write 3 3
cat trace
