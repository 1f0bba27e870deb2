echo "{a,b}" '{a,b}' \{a,b\}
echo {"a b",c}
echo {'x,y',z}
echo {a\,b,c}
