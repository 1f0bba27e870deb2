echo $"hello world"
x=value
echo $"x is $x"
echo $"" end
