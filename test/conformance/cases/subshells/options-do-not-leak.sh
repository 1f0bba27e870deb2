touch a b
(set -f; echo *)
echo *
(set -o noclobber; echo x > a; echo status=$?)
echo y > a; cat a
