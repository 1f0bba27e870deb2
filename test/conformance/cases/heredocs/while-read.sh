while read -r n word; do
echo "$n -> $word"
done <<EOF
1 one
2 two
3 three
EOF
