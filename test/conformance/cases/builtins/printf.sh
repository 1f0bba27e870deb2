printf '%s-%s\n' a b c
printf '%5s|%-5s|%.2s|\n' ab cd efgh
printf '%d %i %x %X %o %%\n' 42 -7 255 255 8
printf '%05.1f %e %c\n' 3.14159 1234.5 word
printf '%b\n' 'a\tb' 'c\nd'
printf '%s\n'
printf 'no newline'; echo
printf '%d\n' abc
echo status=$?
printf '%d %d\n' 1
