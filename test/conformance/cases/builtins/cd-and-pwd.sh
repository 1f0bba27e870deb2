mkdir -p a/b
cd a/b
basename "$PWD"
cd ..
basename "$PWD"
cd nope
echo status=$?
cd - > /dev/null
basename "$PWD"
cd ../..
touch file
cd file
cd a b
