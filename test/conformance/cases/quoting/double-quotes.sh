x='a   b'
echo "$x" $x
echo "dollar \$x, backquote \`, quote \", backslash \\, other \a \n"
echo "single 'quotes' stay"
echo "${x}suffix" "$x"suffix
echo "$(echo "nested  quotes")"
echo "tab	inside"
