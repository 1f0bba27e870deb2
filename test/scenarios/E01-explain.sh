explain
explain dynamic_events
explain user_events_data
mkdir namespaces/ns1
explain namespaces/ns1/options
explain namespaces/ns1/root/user_events_status
echo 'u:hello u32 count' >> dynamic_events
explain events/user_events/hello/enable
cd events/user_events
explain hello/format
cd /sys/kernel/tracing
explain -w dynamic_events 'u:hello:F u32 count; char[8] tty;; __data_loc char[] path'
explain -w dynamic_events 'u:bad u32 x ;u32 y'
echo 'u:bad u32 x ;u32 y' >> dynamic_events
explain -w dynamic_events 'u:bad char[2000] x'
explain -w dynamic_events '!u:hello u32 count'
explain -w register 'ev struct pair p 8;unsigned char[4] raw'
explain -w namespaces/ns1/options 'user_events_limit=5 # five'
echo 'user_events_limit=5 # five' > namespaces/ns1/options
explain -w namespaces/ns1/options 'user_events_limit=0x100'
explain -w set_event 'user_events:hello !nothere'
explain EBUSY
explain 7
explain missing
explain /etc/passwd
explain -w trace hi
