// awk (mawk 1.3.4 under LC_ALL=C): every expected output below is what the real mawk printed for the
// same command line (stdout and stderr as a terminal shows them), with its exit status.

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

const run = (script: string) => sh(`cd /tmp; ${script}`);

describe('awk: the language', () => {
  it.each([
    ["echo hello world | awk '{print $2, $1}'", 'world hello\n', 0],
    ["printf 'a b\\nc d\\n' | awk '{print NR\": \"$0}'", '1: a b\n2: c d\n', 0],
    ["awk 'BEGIN{print 1+1}'", '2\n', 0],
    ["printf '3\\n4\\n' | awk '{s+=$1} END {print s}'", '7\n', 0],
    ['awk \'BEGIN{print length("abc"), substr("hello", 2, 3), index("abc","c")}\'', '3 ell 3\n', 0],
    ["echo 'a:b:c' | awk -F: '{print $2; print NF}'", 'b\n3\n', 0],
    ["awk 'BEGIN { x[1]; x[2]; print length(x) }'", '2\n', 0],
    ['awk \'BEGIN{printf "%5.2f|%-4d|%s\\n", 3.14159, 42, "x"}\'', ' 3.14|42  |x\n', 0],
    ['echo abc | awk \'{ sub(/b/, "[&]"); print }\'', 'a[b]c\n', 0],
    ["awk 'BEGIN{print 1/0}'", 'inf\n', 0],
    [
      'awk',
      'Usage: mawk [Options] [Program] [file ...]\n\nProgram:\n    The -f option value is the name of a file containing program text.\n    If no -f option is given, a "--" ends option processing; the following\n    parameters are the program text.\n\nOptions:\n    -f program-file  Program  text is read from file instead of from the\n                     command-line.  Multiple -f options are accepted.\n    -F value         sets the field separator, FS, to value.\n    -v var=value     assigns value to program variable var.\n    --               unambiguous end of options.\n\n    Implementation-specific options are prefixed with "-W".  They can be\n    abbreviated:\n\n    -W version       show version information and exit.\n    -W dump          show assembler-like listing of program and exit.\n    -W help          show this message and exit.\n    -W interactive   set unbuffered output, line-buffered input.\n    -W exec file     use file as program as well as last option.\n    -W random=number set initial random seed.\n    -W sprintf=number adjust size of sprintf buffer.\n    -W posix_space   do not consider "\\n" a space.\n    -W usage         show this message and exit.\n',
      0,
    ],
    ["printf 'a\\nb\\nc\\n' | awk 'NR==1, NR==2 { print \"r\", $0 }'", 'r a\nr b\n', 0],
    ["printf 'a\\nb\\nc\\n' | awk '/b/'", 'b\n', 0],
    ["printf 'a\\nb\\nc\\n' | awk '{getline; print}'", 'b\nc\n', 0],
    ["printf 'a\\nb\\nc\\n' | awk 'BEGIN { while ((getline l) > 0) n++; print n }'", '3\n', 0],
    [
      "awk 'BEGIN{srand(1); print rand(), rand(); srand(42); print rand()}'",
      '0.840188 0.394383\n0.0334699\n',
      0,
    ],
    ["awk 'function f(n) { return n <= 1 ? 1 : n * f(n-1) } BEGIN { print f(10) }'", '3628800\n', 0],
    ["echo 'a b c' | awk '{$5 = \"e\"; print; print NF; NF = 2; print}'", 'a b c  e\n5\na b\n', 0],
    [
      'awk \'BEGIN { print toupper("abc"), tolower("ABC"), int(-3.7), sqrt(16), exp(0), log(1), atan2(0, -1), sin(0), cos(0) }\'',
      'ABC abc -3 4 1 0 3.14159 0 1\n',
      0,
    ],
    ['awk \'BEGIN { n = split("a:b:c", arr, ":"); print n, arr[1], arr[3] }\'', '3 a c\n', 0],
    ['awk \'BEGIN { print match("foobar", /o+/), RSTART, RLENGTH }\'', '2 2 2\n', 0],
    ["awk -v x=5 'BEGIN { print x * 2 }'", '10\n', 0],
    ["echo 1 | awk '{ print x }' x=3", '3\n', 0],
    ['awk \'BEGIN { printf "%c%c\\n", 65, "bc" }\'', 'Ab\n', 0],
    ['awk \'BEGIN { x = "A"; x = x x x; print x }\'', 'AAA\n', 0],
    ['awk \'BEGIN { a["x"]=1; delete a["x"]; print ("x" in a) }\'', '0\n', 0],
    ["awk 'BEGIN { print 2^10, 2^0.5 }'", '1024 1.41421\n', 0],
    ['awk \'BEGIN { print -"3x" + 0 }\'', '-3\n', 0],
    ["echo '  a   b  ' | awk '{print NF, $1}'", '2 a\n', 0],
    [
      'printf \'a\\n\\nb\\nc\\n\\n\\nd\\n\' | awk \'BEGIN{RS=""}{print NR": "$0"|"}\'',
      '1: a|\n2: b\nc|\n3: d|\n',
      0,
    ],
    [
      'awk \'BEGIN { print substr("hello", -1, 3), substr("hello", 0), substr("hello", 1.5, 2.3) }\'',
      'hell hello he\n',
      0,
    ],
    [
      'awk \'BEGIN { print 1 > "out.txt"; print 2 > "out.txt"; close("out.txt"); print 3 >> "out.txt" }\'; cat out.txt',
      '1\n2\n3\n',
      0,
    ],
    [
      'awk \'BEGIN{x = 0.1 + 0.2; print x; print x ""; print 1e6, 1e16, 123456789012 }\'',
      '0.3\n0.3\n1000000 1e+16 1.23457e+11\n',
      0,
    ],
    ['awk \'BEGIN { CONVFMT="%.2g"; a = 3.14159; b = a ""; print b }\'', '3.1\n', 0],
    [
      'awk \'BEGIN { if (!(3 in a)) print "no"; if (a[3] == "") print "empty"; if (3 in a) print "now" }\'',
      'no\nempty\nnow\n',
      0,
    ],
    ["awk 'BEGIN { while (i < 3) { i++; if (i == 2) continue; print i } }'", '1\n3\n', 0],
    ["awk 'BEGIN { do { j++ } while (j < 5); print j }'", '5\n', 0],
    ["awk 'BEGIN { for (;;) { k++; if (k > 3) break }; print k }'", '4\n', 0],
    ["echo 'x' | awk '{ print length }'", '1\n', 0],
    ['awk \'BEGIN { print index("", ""), length() }\' </dev/null', '1 0\n', 0],
    ['awk \'BEGIN { x = "abc"; gsub(/b*/, "-", x); print x }\'', '-a-c-\n', 0],
    ["awk 'BEGIN { print length(12345), length(1/3) }'", '5 8\n', 0],
    ['awk \'BEGIN { $0 = "a b c"; print NF; $2 = ""; print; print NF }\'', '3\na  c\n3\n', 0],
    ['awk \'BEGIN { OFS = "-"; $0 = "a b c"; $1 = $1; print }\'', 'a-b-c\n', 0],
    ["printf '1\\n2\\n3\\n' | awk 'NR % 2'", '1\n3\n', 0],
    ['awk \'BEGIN { print substr("hello", 2) }\' ', 'ello\n', 0],
    ['awk \'BEGIN { a = "10"; b = "9"; print (a < b), (a+0 < b+0) }\'', '1 0\n', 0],
    ["printf '10 9\\n' | awk '{ print ($1 < $2) }'", '0\n', 0],
    ["awk 'BEGIN { print -2^2, 2^3^2, 7%3, -7%3 }'", '-4 512 1 -1\n', 0],
    ["awk 'BEGIN { x++; ++x; print x--, x }'", '2 1\n', 0],
    ['awk \'BEGIN { print 1==1, 1<2, "a"<"b", 2>1 }\'', '', 0],
    ["awk 'BEGIN { print (1,2) in a }'", '0\n', 0],
    ["awk 'BEGIN { a[1,2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] } }'", '1 2\n', 0],
    ['awk \'BEGIN { printf("%s-%s\\n", "a", "b") }\'', 'a-b\n', 0],
    ["awk 'BEGIN { print(1)(2) }'", '12\n', 0],
    ['awk \'BEGIN { print > "/dev/stderr" }\' ', '\n', 0],
    ['awk \'BEGIN { print "to err" > "/dev/stderr"; print "to out" }\'', 'to err\nto out\n', 0],
    ["awk 'BEGIN { print ARGC, ARGV[0], ARGV[1] }' foo", '2 awk foo\n', 0],
    [
      'awk \'BEGIN{a["x"];a["y"];a["z"];a["b"];a["apple"]; for(k in a) printf "%s ", k; print ""}\'',
      'x b z y apple \n',
      0,
    ],
    ["printf 'b\\na\\nc\\nb\\na\\n' | awk '{n[$1]++} END{for (k in n) print k, n[k]}'", 'c 1\nb 2\na 2\n', 0],
    [
      'awk \'BEGIN{for(i=1;i<=12;i++) c[i]; for (k in c) printf "%s ", k; print ""}\'',
      '3 10 8 6 5 2 11 1 4 12 9 7 \n',
      0,
    ],
    ['awk \'BEGIN{n=split("q w e r t", b); for (k in b) printf "%s ", k; print ""}\'', '3 5 2 1 4 \n', 0],
    [
      'awk \'BEGIN{printf "%x %x %o %u %u %d %d|%5.2d|%-5d|%05d|%+d|% d|%.0d|\\n", 2^32, -1, -1, 2^32, 3e9, -2^31, -2147483647.5, 3, 3, -3, 3, 3, 0}\'',
      'ffffffff 0 0 4294967295 3000000000 -2147483647 -2147483647|   03|3    |-0003|+3| 3||\n',
      0,
    ],
    [
      'awk \'BEGIN{printf "%s|%5s|%-5s|%.2s|%5c|%e|%E|%g|%G|%.3e|%#x|%#o|%%|%10.4f|%-10.3g|\\n", 1.5, "ab", "ab", "abcdef", "x", 1234.5, 1e-10, 1e100, 1e-5, 3.14159, 255, 8, 3.14159, 3.14159}\'',
      '1.5|   ab|ab   |ab|    x|1.234500e+03|1.000000E-10|1e+100|1E-05|3.142e+00|0xff|010|%|    3.1416|3.14      |\n',
      0,
    ],
    ['awk \'BEGIN{printf "%*d|%-*d|%.*f\\n", 5, 42, 4, 7, 2, 3.14159}\'', '   42|7   |3.14\n', 0],
    [
      "awk 'BEGIN{print 2^31, 2^31-1, -2^31, 2^53, 1e30, 0.1, 100000000, 123456789012}'",
      '2.14748e+09 2147483647 -2.14748e+09 9.0072e+15 1e+30 0.1 100000000 1.23457e+11\n',
      0,
    ],
    [
      'awk \'BEGIN{print "0x1A"+0, " 12 "+0, "1e3x"+0, ".5"+0, "+5"+0, "inf"+0, "-inf"+0, "0x"+0, "1e"+0}\'',
      '26 12 1000 0.5 5 inf -inf 0 1\n',
      0,
    ],
    [
      'awk \'BEGIN{print "\\q|\\/|\\"|\\101|\\x41|\\x4a4|\\e|\\\\|\\777|\\c"}\'',
      '\\q|\\/|"|A|A|J4|\\e|\\|�|\\c\n',
      0,
    ],
    ["awk 'BEGIN { print 0x10, 011, 1e, 1.5.3 }'", '0 11 1 1.50.3\n', 0],
    ['awk \'BEGIN { print 1 " " -1, !0 !1 }\'', '1-1 10\n', 0],
    [
      'awk \'BEGIN{ print match("a]b", /[\\]]/), match("a\\nb", /a.b/), match("a-b", /[a-]b/), match("a\\\\b", /[\\\\]/), match("ab", /a()b/), match("adb", /\\d/), match("x{", /x{/), match("aXb", /a[^[:lower:]]b/)}\'',
      '2 1 2 2 1 2 1 1\n',
      0,
    ],
    [
      'awk \'BEGIN{s="hello"; gsub(/l/, "\\\\&", s); print s; s="hello"; gsub(/l/, "\\\\\\\\&", s); print s; s="x"; sub(/x/, "a\\\\b", s); print s}\'',
      'he&&o\nhe\\l\\lo\na\\b\n',
      0,
    ],
    ['awk \'BEGIN { $0 = "a b c"; n = gsub(/ /, "_"); print n, $0, NF }\'', '2 a_b_c 1\n', 0],
    [
      'awk \'BEGIN {print split("", arr), length(arr); print split("  a b  ", arr), arr[1]; print split("a1b2c", arr, /[0-9]/), arr[2]; print split("a.b", arr, "."), arr[1]}\'',
      '0 0\n2 a\n3 b\n2 a\n',
      0,
    ],
    ['echo 65 | awk \'{printf "%c|%c|\\n", $1, $1 ""}\'', 'A|6|\n', 0],
    ["awk 'BEGIN{n=log(-1); print (n==n), (n<1), (n==1), (n!=n)}'", '1 0 1 0\n', 0],
    [
      'echo \'a b\' | awk \'{$3="c"; print; print NF; $5=""; print; NF=2; print; $0="x y z"; print NF, $2; NF=5; print; $7 = 1.5; print}\'',
      'a b c\n3\na b c  \na b\n3 y\nx y z  \nx y z    1.5\n',
      0,
    ],
    [
      'echo \'a b c\' | awk \'{ CONVFMT="%.2f"; $2 = 3.14159; print; x = 3.14159; print x, x "" }\'',
      'a 3.14 c\n3.14159 3.14\n',
      0,
    ],
    ["printf 'a1b22c333' | awk 'BEGIN{RS=\"[0-9]+\"}{print NR, $0}'", '1 a\n2 b\n3 c\n', 0],
    ["printf 'a,b,c,' | awk -v RS=, '{print NR, $0}'", '1 a\n2 b\n3 c\n', 0],
    ["printf 'a\\tb\\n' | awk -Ft '{print NF}'", '1\n', 0],
    ["echo 'abc' | awk -F '' '{print NF, $2}'", '3 b\n', 0],
    ["echo 'a|b|c' | awk -F'|' '{print NF, $2}'", '3 b\n', 0],
    ["echo a b | awk '{print x, $0}' x=5 -", '5 a b\n', 0],
    [
      'awk \'BEGIN { printf "%d %s\\n", "0x1A", 1e6; CONVFMT="%.2f"; printf "%s\\n", 3.14159; OFMT="%.1f"; x=3.14159; print x }\'',
      '26 1000000\n3.14\n3.1\n',
      0,
    ],
    ["printf 'a\\nb\\n' > f; awk 'END{print NR, FILENAME}' f f", '4 f\n', 0],
    ["printf 'a\\nb\\n' > f; awk 'FNR==1{print FILENAME, NR}' f f", 'f 1\nf 3\n', 0],
    ["printf 'a\\nb\\na\\nc\\nb\\n' | awk '!seen[$0]++'", 'a\nb\nc\n', 0],
    [
      "printf '1 x\\n2 y\\n' > f1; printf '2\\n1\\n3\\n' > f2; awk 'NR==FNR { m[$1] = $2; next } { print $1, ($1 in m) ? m[$1] : \"none\" }' f1 f2",
      '2 y\n1 x\n3 none\n',
      0,
    ],
    [
      'echo \'a b c\' | awk \'{ print $NF; $NF = ""; print; print NF; NF = 0; print "[" $0 "]", NF }\'',
      'c\na b \n3\n[] 0\n',
      0,
    ],
    [
      'echo \'a b c\' | awk \'BEGIN { OFS = ":"; ORS = "|\\n" } { print $1, $2; print }\'',
      'a:b|\na b c|\n',
      0,
    ],
    ['echo \'a b\' | awk \'{ x = y = 3; print x, y; print 1 ? 2 ? "a" : "b" : "c" }\'', '3 3\na\n', 0],
    [
      'printf \'k1 v1\\nk2 v2\\n\' | awk \'{ print $2 > ("out_" $1) } END { close("out_k1"); while ((getline l < "out_k1") > 0) print "read", l }\'; cat out_k2',
      'read v1\nv2\n',
      0,
    ],
    ["printf 'a b\\nc d\\n' | awk '{ FS = \",\" ; print $1 }'", 'a\nc d\n', 0],
    ["printf 'a,b\\nc,d\\n' | awk '{ FS = \",\" ; print $1 }'", 'a,b\nc\n', 0],
    [
      'awk \'BEGIN { print length(), length(""), toupper(123), index("foobar", "ob"), substr("abc", 2, 100) }\' </dev/null',
      '0 0 123 3 bc\n',
      0,
    ],
    ['awk \'BEGIN { print x + 0, x "", length(x), (x == 0), (x == "") }\'', '0  0 1 1\n', 0],
    ['awk \'BEGIN { printf "no newline" }\'; echo', 'no newline\n', 0],
    ['awk \'BEGIN { print (1,2) > "/dev/stdout" }\'', '1 2\n', 0],
    ['awk \'BEGIN { print 1, 2 > "/dev/stdout"; print(3, 4) }\'', '1 2\n3 4\n', 0],
    ["printf 'x y\\n' | awk '{ $3 = \"z\"; print NF, $0 }' OFS=-", '3-x-y-z\n', 0],
    ["echo 'a-b-c' | awk -F- -v OFS=+ '{ $1 = $1 } 1'", 'a+b+c\n', 0],
    ["echo 'a|b|c' | awk -F'\\\\|' '{ print $2 }'", 'b\n', 0],
    ["echo 'a.b.c' | awk 'BEGIN { FS = \".\" } { print $2 }'", 'b\n', 0],
    ["echo 'a  b' | awk -F' ' '{ print $2 }'", 'b\n', 0],
    ["echo 'aXXbXc' | awk -F'X+' '{ print $2, NF }'", 'b 3\n', 0],
    ["awk 'BEGIN { a[1]; a[2]; a[3]; for (k in a) delete a[k]; print length(a) }'", '0\n', 0],
    [
      'awk \'BEGIN { a["x"] = 1; delete a; print length(a); a["y"] = 2; for (k in a) print k }\'',
      '0\ny\n',
      0,
    ],
    ['awk \'BEGIN { ARGV[1] = ""; ARGC = 2 } { print }\' nothing </dev/null; echo st=$?', 'st=0\n', 0],
    ["printf 'one\\n' > f; awk '{ print FILENAME \": \" $0 }' f - < f", 'f: one\n-: one\n', 0],
    ['awk \'BEGIN { while ((getline line < "/nonexistent") > 0) n++; print n + 0 }\'', '0\n', 0],
    [
      "printf 'a\\nb\\nc\\n' | awk 'NR == 1 { getline x; print \"x=\" x, NR } { print NR, $0 }'",
      'x=b 2\n2 a\n3 c\n',
      0,
    ],
    ["printf 'a\\nb\\n' | awk '{ r = getline; print r, $0 } END { print NR }'", '1 b\n2\n', 0],
    [
      'awk \'BEGIN { printf "%d|%5.1f|%-8s|%08.3f|%x\\n", -0.5, 2.25, "hi", -3.14159, 255.9 }\'',
      '0|  2.2|hi      |-003.142|ff\n',
      0,
    ],
    [
      'awk \'BEGIN { printf "%.0f %.0f %.0f %.0f %.1f %.2f\\n", 0.5, 1.5, 2.5, -0.5, 0.25, 1.005 }\'',
      '0 2 2 -0 0.2 1.00\n',
      0,
    ],
    [
      'awk \'BEGIN { printf "%g %g %g %g %g %g\\n", 0.0001234, 123456, 1234567, 1e-300, 0, -0.0 }\'',
      '0.0001234 123456 1.23457e+06 1e-300 0 -0\n',
      0,
    ],
    [
      'awk \'BEGIN { printf "%#g %#.3g %#x %#o %e\\n", 1, 2, 0, 0, 0 }\'',
      '1.00000 2.00 0 0 0.000000e+00\n',
      0,
    ],
    [
      "awk 'BEGIN { print 100000 * 100000, 2147483647 + 1, -2147483647 - 1, 0.000001, 1e-7 }'",
      '1e+10 2.14748e+09 -2.14748e+09 1e-06 1e-07\n',
      0,
    ],
    ['awk \'BEGIN { OFMT = "%.2f"; print 3.14159, 3.14159 "", 10, 10.0 }\'', '3.14 3.14159 10 10\n', 0],
    [
      'awk \'BEGIN { x[1.5] = 1; x[01] = 2; x["01"] = 3; for (k in x) print k, x[k] }\'',
      '1 2\n1.5 1\n01 3\n',
      0,
    ],
    [
      'awk \'BEGIN { s = "aaa"; print gsub(/a/, "&&", s), s; t = "abc"; print sub(/z/, "y", t), t }\'',
      '3 aaaaaa\n0 abc\n',
      0,
    ],
    [
      'awk \'BEGIN { s = "hello world"; gsub(/o/, "0", s); print s; gsub("l+", "L", s); print s }\'',
      'hell0 w0rld\nheL0 w0rLd\n',
      0,
    ],
    ['awk \'BEGIN { s = "a.b.c"; gsub(".", "-", s); print s }\'', '-----\n', 0],
    ['awk \'BEGIN { s = "a+b"; gsub(/\\+/, "plus", s); print s }\'', 'aplusb\n', 0],
    ['awk \'BEGIN { s = "path/to/file"; n = split(s, p, "/"); print n, p[n] }\'', '3 file\n', 0],
    [
      'awk \'BEGIN { print substr("hello", 2, 0) "|" substr("hello", 5, 1) "|" substr("", 1, 1) "|" }\'',
      '|o||\n',
      0,
    ],
    [
      'awk \'BEGIN { print match("abc", /x/), RSTART, RLENGTH; print match("abcabc", /c.*c/), RSTART, RLENGTH }\'',
      '0 0 -1\n3 3 4\n',
      0,
    ],
    ['awk \'BEGIN { print "A" < "a", "abc" < "abd", "" < "a", 2 < 10, "2" < "10" }\'', '1 1 1 1 0\n', 0],
    ['echo \'2 10\' | awk \'{ print ($1 < $2), ($1 "" < $2 "") }\'', '1 0\n', 0],
    ['awk \'BEGIN { print 1e3 == "1000", "1e3" == 1000 }\'', '1 0\n', 0],
    ["echo '1e3 0x10 010' | awk '{ print $1 == 1000, $2 == 16, $3 == 10, $3 + 0 }'", '1 1 1 10\n', 0],
    ['awk \'BEGIN { print -0 "", 1 - 1, -1 * 0 }\'', '0 0 0\n', 0],
    ['awk \'BEGIN { print int(3.999), int(-0.5), int("12abc") }\'', '3 0 12\n', 0],
    [
      "awk 'BEGIN { x = 5; x /= 2; print x; x %= 2; print x; x ^= 3; print x; x -= 1; print x; x *= 4; print x }'",
      '2.5\n0.5\n0.125\n-0.875\n-3.5\n',
      0,
    ],
    ["awk 'BEGIN { i = 5; print i++ + i++, i; print i-- - --i, i }'", '11 7\n2 5\n', 0],
    ["awk 'BEGIN { print 10 % 3 * 2, 2 * 3 ^ 2, -3 ^ 2, (-3) ^ 2, 2 ^ 3 ^ 2 }'", '2 18 -9 9 512\n', 0],
    ['awk \'BEGIN { print 1 - 1 - 1, 8 / 2 / 2, "a" "b" "c" }\'', '-1 2 abc\n', 0],
    ['awk \'BEGIN { print !1, !!5, !"", !"a", - -3 }\'', '0 1 1 0 3\n', 0],
    ['awk \'BEGIN { print 1 && 0, 1 || 0, 0 || "", "a" && "b" }\'', '0 1 0 1\n', 0],
    ['awk \'BEGIN { a["k"]; print ("k" in a), !("z" in a), "k" in a }\'', '1 1 1\n', 0],
    ['awk \'BEGIN { print "abc" ~ "b", "abc" ~ /^a.c$/, "abc" !~ /b/ }\'', '1 1 0\n', 0],
    ['echo \'foo bar\' | awk \'$1 ~ /^f/ { print "yes" } $2 !~ /z/ { print "no z" }\'', 'yes\nno z\n', 0],
    ["printf 'a\\nSTART\\nb\\nEND\\nc\\nSTART\\nd\\n' | awk '/START/,/END/'", 'START\nb\nEND\nSTART\nd\n', 0],
    ["printf 'a\\nb\\nc\\n' | awk 'NR==2,NR==2 { print \"only\", $0 }'", 'only b\n', 0],
    [
      "printf '1\\n2\\n3\\n4\\n' | awk 'NR==2 { next } { print } NR==3 { exit } END { print \"done\" }'",
      '1\n3\ndone\n',
      0,
    ],
    ['awk \'function f(a) { a["x"] = 1 } BEGIN { f(arr); print arr["x"] }\'', '1\n', 0],
    ["awk 'function g(a, b) { b = a * 2; return b } BEGIN { print g(3), b }'", '6 \n', 0],
    ["awk 'function h(n) { if (n <= 0) return; print n; h(n - 1) } BEGIN { h(3) }'", '3\n2\n1\n', 0],
    [
      'awk \'function q() { exit 7 } BEGIN { q(); print "not here" } END { print "end" }\'; echo st=$?',
      'end\nst=7\n',
      0,
    ],
    ['awk \'function r(x) { return } BEGIN { v = r(1); print "[" v "]" }\'', '[]\n', 0],
    [
      "awk 'function len(a,   k, n) { for (k in a) n++; return n } BEGIN { z[1]; z[2]; print len(z) }'",
      '2\n',
      0,
    ],
    ["awk -v 's=a\\tb' 'BEGIN { print s }'", 'a\tb\n', 0],
    ['awk -- \'BEGIN { print "dd" }\'', 'dd\n', 0],
    ["awk -F: 'BEGIN { print FS }'", ':\n', 0],
    ["awk -F '\\t' 'BEGIN { printf \"[%s]\\n\", FS }'", '[\t]\n', 0],
    ["echo x | awk '{ print $1 }' -", 'x\n', 0],
    ["awk 'BEGIN { printf \"%s %s\\n\", ARGV[1], ARGV[2] }' 'a b' c", 'a b c\n', 0],
    ['awk \'BEGIN { print ENVIRON["NOPE"] "|" }\'', '|\n', 0],
    ['awk \'BEGIN { "x" }\'', '', 0],
    ['awk \'BEGIN { getline x < "/etc/passwd"; split(x, f, ":"); print f[1] }\'', 'root\n', 0],
    ['awk \'BEGIN { n = split("3 1 2", a); for (i = 1; i <= n; i++) s = s a[i]; print s }\'', '312\n', 0],
    ['awk \'BEGIN { a = "x"; b = a++; print a, b }\'', '1 0\n', 0],
    ['awk \'BEGIN { $3 = "c"; print NF, "[" $0 "]" }\'', '3 [  c]\n', 0],
    ['awk \'END { print NR, "[" $0 "]", NF }\' </dev/null', '0 [] 0\n', 0],
    ["printf 'last line\\n' | awk 'END { print $0, NF, $2 }'", 'last line 2 line\n', 0],
    ['awk \'BEGIN { print length("\\n\\t"), "a\\052b" }\'', '2 a*b\n', 0],
    ['awk \'BEGIN { print substr("hello", "2", "2x") }\'', 'el\n', 0],
    ['awk \'BEGIN { print 1 2, 1 " " 2, 1+2 "3" }\'', '12 1 2 33\n', 0],
    ["awk 'BEGIN { print 1,2 }' | awk '{ print $2 }'", '2\n', 0],
    ['awk \'BEGIN{printf "%c", 256+65; printf "%c\\n", ""}\' | od -c', '0000000   A  \\0  \\n\n0000003\n', 0],
    ['awk \'BEGIN { print toupper("é"), length("é") }\'', 'é 2\n', 0],
    [
      'awk \'BEGIN { s = "héllo"; print substr(s, 2, 2) }\' | od -c | head -2',
      '0000000 303 251  \\n\n0000003\n',
      0,
    ],
    ['awk \'BEGIN { printf "%5s|%-5s|\\n", "é", "é" }\'', '   é|é   |\n', 0],
  ] as const)('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('awk: errors and the command line', () => {
  it.each([
    ["awk '{print $1'", 'awk: line 2: missing } near end of file\n', 2],
    [
      'awk \'BEGIN{ printf "%d %d\\n", 1 }\'',
      'awk: run time error: not enough arguments passed to printf("%d %d\n")\n\tFILENAME="" FNR=0 NR=0\n1 ',
      2,
    ],
    ['awk -z 1', 'awk: not an option: -z\n', 2],
    ['awk -f nope', 'awk: cannot open nope (No such file or directory)\n', 2],
    ["awk '{print}' nope", 'awk: cannot open nope (No such file or directory)\n', 2],
    ["echo x | awk '{print}' - nope", 'x\nawk: cannot open nope (No such file or directory)\n', 2],
    ['awk \'BEGIN { exit 3 } END { print "end" }\'', 'end\n', 3],
    [
      'awk \'BEGIN { printf "%s %s %s\\n", "a" }\'',
      'awk: run time error: not enough arguments passed to printf("%s %s %s\n")\n\tFILENAME="" FNR=0 NR=0\na ',
      2,
    ],
    [
      'awk \'BEGIN { print "a" > "/nonexistent/x" }\'',
      'awk: cannot open "/nonexistent/x" for output (No such file or directory)\n',
      2,
    ],
    ["awk '@'", "awk: 1: unexpected character '@'\n", 2],
    [
      'awk -W version',
      'mawk 1.3.4 20200120\nCopyright 2008-2019,2020, Thomas E. Dickey\nCopyright 1991-1996,2014, Michael D. Brennan\n\nrandom-funcs:       srandom/random\nregex-funcs:        internal\ncompiled limits:\nsprintf buffer      8192\nmaximum-integer     2147483647\n',
      0,
    ],
    [
      'awk \'BEGIN { print match("x", /*x/) }\'',
      'awk: line 1: regular expression compile failed (missing operand)\n*x\n',
      2,
    ],
    [
      'awk \'BEGIN { x = "("; print match("a", x) }\'',
      'awk: run time error: regular expression compile failed (missing \')\')\n(\n\tFILENAME="" FNR=0 NR=0\n',
      2,
    ],
    [
      'awk \'BEGIN { print match("a", /a|/) }\'',
      'awk: line 1: regular expression compile failed (missing operand)\na|\n',
      2,
    ],
    ['awk \'BEGIN { print "x" ~ /[/ }\'', 'awk: line 1: runaway regular expression /[/ } ...\n', 2],
    ["awk 'BEGIN { print \"abc }'", 'awk: line 1: runaway string constant "abc } ...\n', 2],
    ["awk 'BEGIN{x=}'", 'awk: line 1: syntax error at or near }\n', 2],
    ["awk '{print $1}}'", "awk: line 1: extra '}'\nawk: line 1: syntax error at or near end of line\n", 2],
    ["awk 'BEGIN{a[1]=1; a=2}'", 'awk: line 1: illegal reference to array a\n', 2],
    ["awk 'BEGIN{f(1)}'", 'awk: line 2: function f never defined\n', 2],
    ["awk 'BEGIN{next}'", 'awk: line 1: improper use of next\n', 2],
    ["awk 'BEGIN{return 1}'", 'awk: line 1: return outside function body\n', 2],
    ["awk 'BEGIN{break}'", 'awk: line 1: break statement outside of loop\n', 2],
    ['awk \'BEGIN{print substr("abc")}\'', 'awk: line 1: wrong number of arguments in call to substr\n', 2],
    ["awk 'BEGIN { printf }'", 'awk: line 1: no arguments in call to printf\n', 2],
    [
      'awk \'BEGIN{ printf "%z\\n", 1 }\'',
      'awk: run time error: improper conversion(number 1) in printf("%z\n")\n\tFILENAME="" FNR=0 NR=0\n',
      2,
    ],
    ['awk \'BEGIN{ x = "a" ; x[1] = 2 }\'', 'awk: line 1: illegal reference to variable x\n', 2],
    ["awk 'BEGIN{ print 1 2 3 ) }'", "awk: line 1: extra ')'\n", 2],
    ["awk 'BEGIN { x = 12.5 ( }'", 'awk: line 1: missing ) near }\n', 2],
    ["awk 'function f(a, a) { }'", 'awk: line 1: a is duplicated in argument list\n', 2],
    ["awk 'BEGIN { f() } function f() { return } function f() { }'", 'awk: line 1: redefinition of f\n', 2],
    ["awk 'BEGIN { x = 1e500; print x }'", 'awk: line 1: 1e500 : decimal overflow\n', 2],
    [
      'echo a | awk \'{print ($3 == 0), ($3 == ""), length($3); print $(-1)}\'',
      '0 1 0\nawk: run time error: negative field index $-1\n\tFILENAME="-" FNR=1 NR=1\n',
      2,
    ],
    [
      'awk \'BEGIN{printf "%ld|%hd|%lf|\\n", 3, 4, 5.5}\'',
      'awk: run time error: improper conversion(number 3) in printf("%ld|%hd|%lf|\n")\n\tFILENAME="" FNR=0 NR=0\n3|4|',
      2,
    ],
    [
      'awk \'BEGIN{printf "%5", 3}\'',
      'awk: run time error: improper conversion(number 1) in printf("%5")\n\tFILENAME="" FNR=0 NR=0\n',
      2,
    ],
    [
      'awk \'BEGIN{x = sprintf("%d %d", 3); print x}\'',
      'awk: run time error: not enough arguments passed to sprintf("%d %d")\n\tFILENAME="" FNR=0 NR=0\n',
      2,
    ],
    ["awk -v 1x=3 'BEGIN{}'", 'awk: improper assignment: -v 1x=3\n', 2],
    ["awk -W junk 'BEGIN{print 1}'", 'awk: vacuous option: -W junk\n1\n', 0],
    ['awk -f', 'awk: option -f lacks argument\n', 2],
    ['echo x | awk \'{ exit 5 } END { print "e", $0 }\'', 'e x\n', 5],
    ['awk \'BEGIN { exit } END { print "end2"; exit 4 }\'', 'end2\n', 4],
    [
      'printf \'l1\\nl2\\n\' > f; awk \'BEGIN { while ((getline l < "f") > 0) print "got", l; print (getline l < "nope") }\'',
      'got l1\ngot l2\n-1\n',
      0,
    ],
    [
      'awk \'BEGIN { printf "%s\\n" }\'',
      'awk: run time error: not enough arguments passed to printf("%s\n")\n\tFILENAME="" FNR=0 NR=0\n',
      2,
    ],
    ['awk -f nope.awk', 'awk: cannot open nope.awk (No such file or directory)\n', 2],
    ['printf \'BEGIN { print "from file" }\\n\' > p.awk; awk -f p.awk', 'from file\n', 0],
    [
      "printf 'BEGIN {\\n  x = \\n}\\n' > bad.awk; awk -f bad.awk",
      'awk: bad.awk: line 2: syntax error at or near end of line\n',
      2,
    ],
  ] as const)('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('awk: getline, array order, rounding', () => {
  it.each([
    ['printf \'a b\\n\' | awk \'{ getline x < "-"; print x "|" }\'', '|\n', 0],
    ["printf 'x\\n' > f; awk '{ while ((getline l < FILENAME) > 0) n++ } END { print n }' f", '1\n', 0],
    ['awk \'BEGIN { printf "%s", "" > "e"; close("e"); print (getline l < "e") }\'', '0\n', 0],
    ['awk \'BEGIN { print close("nothing") }\'', '-1\n', 0],
    ["awk 'BEGIN { print length(ARGV) }' a b", '3\n', 0],
    ["echo 'a b c d' | awk '{ NF = 2; $5 = \"e\"; print; print NF }'", 'a b   e\n5\n', 0],
    ['awk \'BEGIN { x = "3.0"; y = 3; print (x == y), (x "" == y "") }\'', '0 0\n', 0],
    ["echo '3.0' | awk '{ print ($1 == 3) }'", '1\n', 0],
    ['awk \'BEGIN { printf "%.3s|%10.3e|%-+5d|\\n", "abcdef", 12345, 7 }\'', 'abc| 1.234e+04|+7   |\n', 0],
    [
      'awk \'BEGIN { n = split("a b c", arr); delete arr[2]; for (k in arr) print k, arr[k] }\'',
      '3 c\n1 a\n',
      0,
    ],
    [
      'awk \'BEGIN { for (i = 0; i < 100; i++) a["k" i] = i; n = 0; for (k in a) { if (n++ < 5) printf "%s ", k }; print "" }\'',
      'k92 k1 k17 k98 k76 \n',
      0,
    ],
    [
      'awk \'BEGIN { for (i = 0; i < 1000; i++) a[i]; n = 0; for (k in a) { if (n++ < 8) printf "%s ", k }; print length(a) }\'',
      '243 94 979 588 702 171 513 374 1000\n',
      0,
    ],
    [
      'awk \'BEGIN { printf "%.3e %.0e %.1e %.2e %e %.3g %.1g %g %g\\n", 12345, 2.5, 0.25, 9.995, 1, 12345, 0.25, 2.5, 1234565 }\'',
      '1.234e+04 2e+00 2.5e-01 9.99e+00 1.000000e+00 1.23e+04 0.2 2.5 1.23456e+06\n',
      0,
    ],
    [
      'awk \'BEGIN { printf "%.0e %.0e %.1e %.4g %.2g\\n", 5, 15, 0.95, 99995, 0.125 }\'',
      '5e+00 2e+01 9.5e-01 1e+05 0.12\n',
      0,
    ],
    ['awk \'BEGIN { printf "%.3e|%10.3e|%-+5d|\\n", 12345, 12345, 7 }\'', '1.234e+04| 1.234e+04|+7   |\n', 0],
  ] as const)('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('awk: large inputs stay fast (no per-record re-parsing)', () => {
  it.each([
    [
      "awk 'BEGIN{for(i=1;i<=100000;i++) print i}' > big; awk '{s+=$1} END {print s}' big; cat big | awk '{s+=$1} END {print s, NR}'",
      '5.00005e+09\n5.00005e+09 100000\n',
      0,
    ],
    [
      "awk 'BEGIN{for(i=1;i<=30000;i++) print i, i*2, \"x\" i}' > big; awk '{for(i=1;i<=NF;i++) n+=length($i)} END {print n}' big; awk '{$2=\"y\"; x = x + length($0)} END{print x}' big; awk -F'[ ]' '{c[$3]++} END{print length(c)}' big",
      '452237\n397788\n30000\n',
      0,
    ],
  ] as const)('%s', (script, out, status) => {
    const start = Date.now();
    expect(run(script)).toEqual({ out, status });
    expect(Date.now() - start).toBeLessThan(10000);
  });
});

describe('awk: what the playground cannot run', () => {
  it.each([
    [
      `awk 'BEGIN { "date" | getline x }'`,
      'awk: "date" | getline: running commands is not supported in the playground\n',
      2,
    ],
    [
      `awk 'BEGIN { print "x" | "cat" }'`,
      'awk: print | "cat": running commands is not supported in the playground\n',
      2,
    ],
    [
      `awk 'BEGIN { system("true") }'`,
      'awk: system("true"): running commands is not supported in the playground\n',
      2,
    ],
  ] as const)('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});
