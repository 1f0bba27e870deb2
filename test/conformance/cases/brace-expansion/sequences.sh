echo {1..5}
echo {5..1}
echo {a..e} {e..a}
echo {-2..2}
echo {01..10}
echo {1..3}{a..b}
