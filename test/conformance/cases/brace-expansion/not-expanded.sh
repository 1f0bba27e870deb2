echo {a}
echo {}
echo {a,}
echo {,b}
echo x{,}y
echo {1..a} {a..}
echo {1...3} {1..3..}
