mkdir -p d/{x,y}/{1,2}
find d | sort
touch d/x/1/{a,b}.txt
echo d/x/1/*.{txt,log}
rm -r d/{x,y}
echo d/*
