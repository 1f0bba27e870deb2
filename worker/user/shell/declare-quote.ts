// How bash quotes a value in `declare -p` and `set` output: double quotes with `"$\` escaped, or
// ANSI-C `$'...'` (ansic_quote) when the value holds control characters.

/**
 * bash's quoting of a value in `declare -p` output: double quotes with `"$\`` escaped, or `$'...'`
 * when the value holds control characters.
 */
export function dq(v: string): string {
  if (/[\x00-\x1f\x7f]/.test(v)) return ansiQuote(v);
  return `"${v.replace(/["\\$`]/g, '\\$&')}"`;
}

const ANSI_NAMES: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\x1b': '\\E',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  "'": "\\'",
  '\\': '\\\\',
};

/** `$'...'` as bash's ansic_quote() writes it. */
function ansiQuote(v: string): string {
  let out = '';
  for (const c of v) {
    const code = c.charCodeAt(0);
    if (ANSI_NAMES[c]) out += ANSI_NAMES[c];
    else if (code < 0x20 || code === 0x7f) out += '\\' + code.toString(8).padStart(3, '0');
    else out += c;
  }
  return `$'${out}'`;
}
