echo $(case a in a) echo matched;; esac)
echo $( (echo sub) )
echo $(echo ')')
echo $(echo '(' )
