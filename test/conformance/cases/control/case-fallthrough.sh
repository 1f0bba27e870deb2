case a in
a) echo one;&
b) echo two;;&
a) echo three;;
*) echo four;;
esac
case x in x) echo first;;& y) echo no;;& *) echo last;; esac
case z in z) ;& q) echo fell;; esac
