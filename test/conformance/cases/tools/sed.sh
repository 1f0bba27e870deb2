printf 'one two\nthree four\nfive six\n' > f
sed 's/o/0/' f
sed 's/o/0/g' f
sed -n '2p' f
sed '1d' f
sed -n '/four/,$p' f
sed -e 's/one/1/' -e 's/two/2/' f
sed -E 's/([a-z]+) ([a-z]+)/\2 \1/' f
sed 'y/abc/xyz/' <<< aabbcc
sed '2i\inserted' f
sed '$a\appended' f
sed -i 's/five/5/' f
cat f
sed 's/x' f
echo status=$?
