// Models sed.h's compiled program: a flat vector of commands, each with up to two addresses, a `!`,
// the state of its range, and the operands of its command letter. Jumps (`b`, `t`, `T`, and a `{`
// whose address does not match) are indexes into the vector. Strings are byte strings: one
// character per byte.

import type { SedRegex } from './match';
import type { OutputFile } from './output';

export type AddressKind =
  /** Line N. */
  | 'line'
  /** first~step. */
  | 'step'
  /** `$`. */
  | 'last'
  | 'regex'
  /** addr1,+N. */
  | 'plus'
  /** addr1,~N. */
  | 'multiple'
  /** `+0` or `~0` as second address: the range ends on its first line. */
  | 'none';

export interface Address {
  readonly kind: AddressKind;
  /** The line of `line` and `step`; the computed last line of `plus` and `multiple` ranges. */
  n: number;
  readonly step: number;
  /** The pattern of `regex`; null for `//`, the last regular expression used. */
  readonly regex: SedRegex | null;
}

export type RangeState = 'inactive' | 'active' | 'closed';

/** replacement_types: how \U \L \u \l \E change the case of what follows. */
export const REPL_ASIS = 0;
export const REPL_UPPERCASE = 1;
export const REPL_LOWERCASE = 2;
export const REPL_UPPERCASE_FIRST = 4;
export const REPL_LOWERCASE_FIRST = 8;
export const REPL_MODIFIERS = REPL_UPPERCASE_FIRST | REPL_LOWERCASE_FIRST;

/** One piece of a replacement: literal text, then a group (-1 for none), in a case mode. */
export interface ReplacementPart {
  prefix: string;
  ref: number;
  readonly type: number;
}

export interface Subst {
  readonly regex: SedRegex | null;
  readonly replacement: readonly ReplacementPart[];
  readonly global: boolean;
  /** Bit 1: `p` before `e`; bit 2: `p` after `e`. */
  readonly print: number;
  readonly evaluate: boolean;
  /** The N flag: replace only the Nth match (0 when not given). */
  readonly nth: number;
  readonly out: OutputFile | null;
}

export interface Command {
  /** The command letter. */
  readonly name: string;
  readonly a1: Address | null;
  readonly a2: Address | null;
  /** `!`; inverted for `{`, which jumps past its block when the address does not match. */
  readonly bang: boolean;
  range: RangeState;
  /** The text of a, i, c and e, with its final newline; null when there is none. */
  text: string | null;
  /** The label of `:`, b, t and T. */
  readonly label: string;
  /** Where b, t, T and `{` go. */
  jump: number;
  /** The exit status of q and Q, the line length of l; -1 when not given. */
  readonly int: number;
  /** The file of r and R. */
  readonly fileName: string;
  /** `0r`: the file goes out at once, before the first line, instead of at the end of the cycle. */
  readonly prepend: boolean;
  readonly out: OutputFile | null;
  readonly subst: Subst | null;
  /** y's table: the byte each byte becomes. */
  readonly translate: string | null;
}

/** The operands of a command as the compiler gathers them. */
export type CommandFields = { -readonly [K in keyof Command]?: Command[K] };

export function newCommand(name: string, fields: CommandFields = {}): Command {
  return {
    name,
    a1: null,
    a2: null,
    bang: false,
    range: 'inactive',
    text: null,
    label: '',
    jump: -1,
    int: -1,
    fileName: '',
    prepend: false,
    out: null,
    subst: null,
    translate: null,
    ...fields,
  };
}
