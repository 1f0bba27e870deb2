printf 'a\na\nb\nB\nc\nc\nc\na\n' > f
uniq f
uniq -c f
uniq -d f
uniq -u f
uniq -i f
sort f | uniq -c
