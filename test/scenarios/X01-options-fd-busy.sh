mkdir namespaces/x
exec 3< namespaces/x/options
rmdir namespaces/x
ls -1 namespaces
exec 3<&-
rmdir namespaces/x
ls -1 namespaces
