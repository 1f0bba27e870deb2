s=aXbXcX
echo "${s/X/-}" "${s//X/-}"
echo "${s/#a/A}" "${s/%X/+}" "${s/#X/?}"
echo "${s/X}" "${s//X}"
echo "${s//[ab]/_}" "${s/X*/.}"
t='a.b.c'
echo "${t//./ }" "${t//\./-}"
r='&'
echo "${t/b/$r}"
