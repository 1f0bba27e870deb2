printf 'a:b:c\nd:e:f\nnodelim\n' > f
cut -d: -f2 f
cut -d: -f1,3 f
cut -d: -f2- -s f
cut -c1-3 f
cut -d: --complement -f1 f
cut f
echo status=$?
cut -f0 f
echo status=$?
