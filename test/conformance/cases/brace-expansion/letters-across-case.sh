echo {X..c}
echo {z..v..2}
