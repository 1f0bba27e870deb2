f() { return 3; }
f; echo $?
g() { false; return; }
g; echo $?
h() { true; }
h; echo $?
k() { echo before; return 0; echo after; }
k; echo $?
r() { return 300; }
r; echo $?
