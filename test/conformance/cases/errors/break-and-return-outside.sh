break
echo status=$?
continue
return
echo status=$?
f() { break; echo in-f; }
f
