echo {1..10..3}
echo {10..1..4}
echo {a..z..5}
echo {1..10..-3}
echo {0..20..10}
