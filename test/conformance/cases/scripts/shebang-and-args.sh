printf '#!/bin/bash\nfor a in "$@"; do echo "arg: $a"; done\necho "count $#"\nexit 3\n' > s.sh
chmod 755 s.sh
./s.sh one 'two words'; echo "status=$?"
bash s.sh x; echo "status=$?"
printf '#!/usr/bin/env bash\nf() { echo "in f: $1"; return 5; }\nf "$@"\n' > e.sh
chmod +x e.sh; ./e.sh hello; echo "status=$?"
printf 'set -e\necho start\nfalse\necho unreached\n' > e2.sh
bash e2.sh; echo "status=$?"
bash -c 'set -u; echo $undefined_var; echo no'; echo "status=$?"
bash -c 'exit 7'; echo "status=$?"
bash -c 'echo "$@"' zero a b c
x=outer bash -c 'echo "x=$x"'
export y=exported; bash -c 'echo "y=$y"'
bash -c 'echo $$ > /dev/null; (echo sub; exit 2); echo "sub status $?"'
printf 'echo sourced $1\nreturn 4\necho no\n' > lib.sh
source lib.sh arg; echo "status=$?"
. ./lib.sh; echo "status=$?"
bash -x -c 'a=1; echo $a'
bash -c 'cat <<EOF
here $((2+3))
EOF'
echo 'for i in 1 2; do echo piped $i; done' | bash
mkdir dd; ./dd; echo "status=$?"
