echo {a,{b,c}d}
echo {x,y{1..3}}
echo a{b{c,d},e}f
echo {{1..2},{a..b}}
