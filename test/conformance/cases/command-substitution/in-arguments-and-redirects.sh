echo $(echo file)-name > $(echo out).txt
cat out.txt
cat < $(echo out.txt)
v=$(echo pre)$(echo post)
echo $v
