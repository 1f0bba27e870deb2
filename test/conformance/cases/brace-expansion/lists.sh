echo {a,b,c}
echo x{1,2}y
echo {a,b}{1,2}
echo {b,a}{2,1}
echo pre-{one,two}-post
echo {a,b} {c,d}
