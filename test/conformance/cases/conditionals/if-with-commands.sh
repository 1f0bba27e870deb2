if grep -q x <<< xyz; then echo found; fi
if ! ls nope 2>/dev/null; then echo missing; fi
if [ -d . ] && [[ . == . ]]; then echo both; fi
if x=$(echo set); [ -n "$x" ]; then echo "list condition $x"; fi
