basename /a/b/c.txt
basename /a/b/c.txt .txt
basename -a x/one y/two
basename -s .c a.c b.c
basename /
dirname a/b/c
dirname a/b/
dirname file
dirname /
dirname /top
basename
echo status=$?
