a=(apple banana cherry)
echo "${a[@]#?}"
echo "${a[@]/a/A}"
echo "${a[@]//a/A}"
echo "${a[@]^}"
echo "${a[@]%an*}"
echo "${a[@]:1:1}"
