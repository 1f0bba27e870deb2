for i in 1 2
do echo $i
done done
echo status=$?
while true
do
echo never; fi
echo recovered
