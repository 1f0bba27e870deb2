x=1
((x+=4)); echo $x
((x*=2)); echo $x
((x-=3)); echo $x
((x/=2)); echo $x
((x%=2)); echo $x
((x<<=3)); echo $x
((x>>=1)); echo $x
((x|=1, x^=2, x&=6)); echo $x
