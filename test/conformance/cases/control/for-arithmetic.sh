for ((i=0; i<3; i++)); do echo $i; done
for ((i=10; i>0; i-=4)); do echo $i; done
for ((;;)); do echo once; break; done
for (( i=0, j=5; i<j; i+=2, j-- )); do echo "$i $j"; done
echo "i=$i"
