(set -e; echo a; false; echo b)
echo status=$?
(set -e; false || true; echo survives)
(set -e; if false; then :; fi; echo in-if-ok)
(set -e; ! true; echo negation-ok)
(set -e; f() { false; echo in-f; }; f && echo and-list)
(set -e; x=$(false); echo unreached)
echo status=$?
