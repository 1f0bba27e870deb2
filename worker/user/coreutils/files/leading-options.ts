// Models getopt_long with a leading `+` in its option string, as env and xargs use it: options end
// at the first operand (the command to run), whose own options are left alone.

/** The index in `args` of the first operand (after a `--`, the one after it). */
export function optionsEnd(
  args: readonly string[],
  withArg: string,
  longWithArg: readonly string[],
): { end: number; next: number } {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return { end: i, next: i + 1 };
    if (a.length < 2 || a[0] !== '-') return { end: i, next: i };
    if (a.startsWith('--')) {
      if (!a.includes('=') && longWithArg.includes(a.slice(2))) i++;
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      if (!withArg.includes(a[k])) continue;
      if (k === a.length - 1) i++;
      break;
    }
  }
  return { end: args.length, next: args.length };
}
