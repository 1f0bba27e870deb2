x='a*'
case abc in $x) echo unquoted-var-matches;; esac
case abc in "$x") echo no;; *) echo quoted-var-literal;; esac
case 7 in [[:digit:]]) echo digit;; esac
case '?' in \?) echo escaped;; esac
case B in [!a-z]) echo not-lower;; esac
case foo in (foo) echo paren-form;; esac
case nomatch in x) echo x;; esac; echo status=$?
