for i in 1 2; do
echo $i
done
history 2 | head -1 | sed 's/^ *[0-9]*  //'
if true
then
  echo y
fi
history 2 | head -1 | sed 's/^ *[0-9]*  //'
echo a |
cat
history 2 | head -1 | sed 's/^ *[0-9]*  //'
case x in
x) echo x;;
esac
history 2 | head -1 | sed 's/^ *[0-9]*  //'
f() {
echo hi
}
history 2 | head -1 | sed 's/^ *[0-9]*  //'
