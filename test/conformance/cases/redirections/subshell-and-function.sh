(echo sub; echo sub-err >&2) > f 2>&1
cat f
fn() { echo fn-out; }
fn > g
cat g
fn() { echo inside; } > h
fn
fn
cat h
