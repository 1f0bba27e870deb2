trap -l | head -3
trap 'echo x' SIGRTMIN 2>&1; echo $?
trap 'echo y' 99; echo $?
trap -l
