mkdir sub
(cd sub && touch inside)
touch outside
ls
ls sub
(cd sub; cd ..; ls -d sub)
