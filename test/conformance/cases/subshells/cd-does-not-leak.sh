mkdir sub
(cd sub && touch inside)
touch outside
ls -1
ls -1 sub
(cd sub; cd ..; ls -d sub)
