echo before
fi
echo status=$?
echo a; done
echo b )
then echo x
echo after
