f() { echo f; }
function g { echo g; }
function h() { echo h; }
k()
{
echo k
}
f; g; h; k
m() ( echo subshell-body )
m
