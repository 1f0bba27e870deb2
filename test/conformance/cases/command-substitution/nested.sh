echo $(echo $(echo deep))
echo "$(echo "$(echo "deeper  spaced")")"
echo `echo \`echo backquotes\``
echo $(echo `echo mixed`)
