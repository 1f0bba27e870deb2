printf 'line1\nline2\n' > f
echo "$(< f)"
x=$(<f)
echo $x
echo "$(cat f | wc -l)"
