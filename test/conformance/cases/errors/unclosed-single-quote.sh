echo ok
echo 'abc
def
