umask
umask 077
touch f; mkdir d
stat -c "%a %n" f d
umask
(umask 0; touch g; stat -c %a g)
touch h; stat -c %a h
umask 999; echo $?
grep Umask /proc/self/status
