{ echo o; echo e >&2; } &> f
cat f
{ echo o2; echo e2 >&2; } &>> f
cat f
ls nope |& tr a-z A-Z
