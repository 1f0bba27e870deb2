read -t 0 x <<< "data"; echo "t0=$?"
read -t 0.1 y < /dev/null; echo "eof=$? [$y]"
echo ab | { read -t 1 z; echo "z=$? $z"; }
read -t x q; echo "bad=$?"
(sleep 3; echo late) | { read -t 1 z; echo "z=$? $z"; }
(sleep 0.2; echo soon) | { read -t 2 y; echo "y=$? $y"; }
