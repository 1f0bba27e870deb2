cd /tmp && mkdir q && cd q
find "no'x"
cp "no'x" y
mv "no'x" y
cp -r
cp a "no'd/x"
timeout "1'x" true
timeout 1 "no'cmd"
timeout -s "Q'X" 1 true
date -d "x'y"
date "+%s" "x'y"
env -u "a=b'" true
env -C "no'd" true
env "no'cmd"
dd if="no'x"
xargs -a "no'x" true
od --endian="x'y" /dev/null
nproc --ignore="x'y"
uname "x'y"
mv a
ln -s a b c
