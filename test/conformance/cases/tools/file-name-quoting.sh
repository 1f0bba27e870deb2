cd /tmp && mkdir q && cd q
mkdir -v "it's" "a b"
mkdir "it's"
mkdir -m "x'y" z
touch "it's/f" "a b/f"
chmod -v 600 "it's/f" 2>&1
chmod "q'z" "it's/f"
chmod 600
chmod 600 "no'x"
chown "u'x" "it's/f"
chown root: "no'x"
chown ":g'x" "it's/f"
rm -v "it's/f" "a b/f"
rm "it's"
rm -v "no'x"
rmdir -v "it's" "a b"
rmdir "no'x"
head -n "x'y" /dev/null
head "no'x"
tail "no'x"
ls "no'x"
stat "no'x"
id "u'x"
sleep "1'x"
uname "x'y"
cat "no'x" "a
b"
wc "no'x"
touch "no'd/x"
mkdir -p "q'q/r"; chmod 000 "q'q"; ls "q'q/r"; ls "q'q"; chmod 755 "q'q"
