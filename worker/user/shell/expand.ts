// Models bash word expansion (subst.c) in its order: tilde and parameter expansion, word splitting
// of unquoted results on IFS blanks, pathname expansion, and quote removal. Command substitution
// and arithmetic are not modelled.

import type { Syscalls } from '../../kernel/syscall-table';
import type { Word, WordPart } from './lexer';
import { globPaths, hasMagic, unescapePattern } from './glob';

export interface ExpandEnv {
  readonly sys: Syscalls;
  /** A variable or special parameter (`?`, `$`, `#`, `0`); undefined when unset. */
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** A user's home directory for `~user`; `~` alone is $HOME. */
  homeOf(user: string): string | null;
}

/** An expansion bash refuses; the text follows `bash: `. */
export class ExpandError {
  constructor(readonly message: string) {}
}

interface Segment {
  text: string;
  /** Quoted text is neither split nor globbed. */
  quoted: boolean;
}

interface Field {
  segments: Segment[];
  /** A quoted part, even an empty one (`""`), makes the field exist. */
  forced: boolean;
}

const IFS_BLANK = /[ \t\n]+/;

function paramValue(env: ExpandEnv, part: Extract<WordPart, { kind: 'param' }>): string {
  const value = env.getVar(part.name);
  const unsetOrNull = value === undefined || (value === '' && part.op.startsWith(':'));
  switch (part.op) {
    case '':
      return value ?? '';
    case '#':
      return String([...(value ?? '')].length);
    case '-':
    case ':-':
      return unsetOrNull ? expandString(env, part.arg!) : value!;
    case '=':
    case ':=': {
      if (!unsetOrNull) return value!;
      const v = expandString(env, part.arg!);
      env.setVar(part.name, v);
      return v;
    }
    default:
      return unsetOrNull ? '' : expandString(env, part.arg!);
  }
}

function tildeValue(env: ExpandEnv, user: string): string {
  const home = user === '' ? env.getVar('HOME') : env.homeOf(user);
  return home ?? `~${user}`;
}

/** Expands one word into fields: split on blanks where unquoted, quote marks kept aside for globbing. */
function toFields(env: ExpandEnv, word: Word, split: boolean): Field[] {
  const fields: Field[] = [];
  let cur: Field = { segments: [], forced: false };
  const push = (text: string, quoted: boolean) => {
    cur.segments.push({ text, quoted });
    if (quoted) cur.forced = true;
  };
  const endField = () => {
    if (cur.segments.some((s) => s.text !== '') || cur.forced) fields.push(cur);
    cur = { segments: [], forced: false };
  };
  for (const part of word.parts) {
    if (part.kind === 'text') push(part.text, part.quoted);
    else if (part.kind === 'tilde') push(tildeValue(env, part.user), true);
    else if (part.kind === 'command')
      throw new ExpandError(`${word.raw}: command substitution is not supported here`);
    else {
      const value = paramValue(env, part);
      if (part.quoted || !split) {
        push(value, part.quoted);
        continue;
      }
      const pieces = value.split(IFS_BLANK);
      pieces.forEach((piece, i) => {
        if (i > 0) endField();
        if (piece !== '') push(piece, false);
      });
    }
  }
  endField();
  return fields;
}

function escapeForGlob(field: Field): string {
  return field.segments.map((s) => (s.quoted ? s.text.replace(/[\\*?[\]]/g, '\\$&') : s.text)).join('');
}

function globField(env: ExpandEnv, field: Field): string[] {
  const pattern = escapeForGlob(field);
  const unquotedMagic = field.segments.some((s) => !s.quoted && /[*?[]/.test(s.text));
  if (!unquotedMagic || !hasMagic(pattern)) return [field.segments.map((s) => s.text).join('')];
  const found = globPaths(env.sys, pattern);
  return found.length > 0 ? found : [unescapePattern(pattern)];
}

/** The words of a command after every expansion: what becomes argv. */
export function expandWords(env: ExpandEnv, words: readonly Word[]): string[] {
  const out: string[] = [];
  for (const word of words) for (const field of toFields(env, word, true)) out.push(...globField(env, field));
  return out;
}

/** An assignment's value: expansions without splitting or globbing. */
export function expandString(env: ExpandEnv, word: Word): string {
  return toFields(env, word, false)
    .map((f) => f.segments.map((s) => s.text).join(''))
    .join('');
}

/** A redirection target must expand to exactly one word, else `ambiguous redirect`. */
export function expandTarget(env: ExpandEnv, word: Word): string {
  const fields = expandWords(env, [word]);
  if (fields.length !== 1) throw new ExpandError(`${word.raw}: ambiguous redirect`);
  return fields[0];
}
