echo begin
echo $(echo x
