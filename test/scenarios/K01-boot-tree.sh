# The tracefs of a freshly booted upstream kernel: user_events_data and user_events_status at the
# top, no namespaces/, no user event yet, and the kernel.user_events_max sysctl.
# profile: linux-6.12
ls
stat -c '%a %U:%G %n' user_events_data user_events_status dynamic_events
ls -l user_events_data user_events_status
cat user_events_status
cat /proc/sys/kernel/user_events_max
ls events
ls events/user_events
cat dynamic_events
cat available_events
cat set_event
