if false; then echo no; fi
echo $?
if false; then :; else (exit 3); fi
echo $?
if (exit 4); then :; fi; echo $?
if true; then false; fi; echo $?
