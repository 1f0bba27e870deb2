printf 'ab\n' | od -c
printf 'ABC' | od -An -tx1
printf '\001\377' | od -An -to1
printf 'abcd' | od -An -td2
printf 'hello world\n' | od -c -w8
