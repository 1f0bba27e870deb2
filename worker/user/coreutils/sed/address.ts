// Models execute.c's match_address_p(): whether a command applies to the current line. A range
// starts when its first address matches (a line number once the line is reached, so jumping over
// it still starts the range) and ends on the line its second address matches, a regex being tried
// from the next line on; +N and ~N fix their last line when the range starts; `$` asks the input
// whether more lines follow, which may wait for them.

import type { Wait } from '../../process';
import type { Address, Command } from './program';

export interface AddressContext {
  readonly lineNumber: number;
  /** Whether a regex (null: the last one used) matches the pattern space. */
  matches(regex: Address['regex']): boolean;
  /** test_eof(). */
  atEof(): Generator<Wait, boolean, void>;
}

/** match_an_address_p(). */
function* matchOne(a: Address, ctx: AddressContext): Generator<Wait, boolean, void> {
  const n = ctx.lineNumber;
  switch (a.kind) {
    case 'none':
      return true;
    case 'regex':
      return ctx.matches(a.regex);
    case 'step':
      return n >= a.n && (n - a.n) % a.step === 0;
    case 'plus':
    case 'multiple':
      return a.n <= n;
    case 'last':
      return yield* ctx.atEof();
    case 'line':
      return a.n === n;
  }
}

/** match_address_p(): updates the command's range state. */
export function* matchAddress(cmd: Command, ctx: AddressContext): Generator<Wait, boolean, void> {
  const { a1, a2 } = cmd;
  if (!a1) return true;
  const n = ctx.lineNumber;
  if (cmd.range !== 'active') {
    if (!a2) return yield* matchOne(a1, ctx);
    if (a1.kind === 'line') {
      if (cmd.range === 'closed' || n < a1.n) return false;
    } else if (!(yield* matchOne(a1, ctx))) return false;
    cmd.range = 'active';
    switch (a2.kind) {
      case 'regex':
        return true;
      case 'line':
        if (n >= a2.n) cmd.range = 'closed';
        return n <= a2.n || (yield* matchOne(a1, ctx));
      case 'plus':
        a2.n = n + a2.step;
        return true;
      case 'multiple':
        a2.n = n + (a2.step - (n % a2.step));
        return true;
    }
  }
  if (a2 === null) return true;
  if (a2.kind === 'line') {
    if (n >= a2.n) cmd.range = 'closed';
    return n <= a2.n;
  }
  if (yield* matchOne(a2, ctx)) cmd.range = 'closed';
  return true;
}

/** reset_addresses(): at the start of each file with -s or -i (and of the input), ranges start afresh. */
export function resetAddresses(commands: readonly Command[]): void {
  for (const cmd of commands) {
    cmd.range = cmd.a1 && cmd.a1.kind === 'line' && cmd.a1.n === 0 ? 'active' : 'inactive';
  }
}
