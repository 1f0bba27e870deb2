// Models bash word expansion (subst.c) in its order: brace expansion, then tilde, parameter,
// arithmetic and command substitution left to right, word splitting of unquoted results on IFS,
// pathname expansion, and quote removal. Command substitution runs commands, so expansion is a
// generator: what the commands yield (a blocked read, a sleep) goes up to the driver.

import type { Yielded } from '../process';
import type { CommandList, Word, WordPart } from './ast';
import { braceExpand } from './brace';
import { globPaths, hasMagic, unescapePattern } from './glob';
import { paramValue } from './param';
import type { ShellState } from './state';
import { ArithError, arithMessage, evaluate } from './arith';
import { arithScope } from './arith-scope';
import { ExpandError } from './expand-error';

export { ExpandError };

export type Gen<T> = Generator<Yielded, T, void>;

/** Runs a command substitution's commands in a subshell; returns what they wrote to stdout. */
export type Substitute = (sh: ShellState, list: CommandList) => Gen<string>;

export interface Expander {
  readonly sh: ShellState;
  readonly substitute: Substitute;
  /** Expansions of a word without splitting or globbing. */
  string(word: Word): Gen<string>;
  /** A word as a pattern: quoted characters escaped. */
  pattern(word: Word): Gen<string>;
  /** A word as an extended regular expression: quoted characters match literally. */
  regex(word: Word): Gen<string>;
  /** A word's arithmetic value; `command` prefixes an error (`((`, `let`) as bash does. */
  arith(word: Word, command?: string): Gen<bigint>;
  /** A text (an array subscript) read as a word. */
  parseWord(text: string): Word;
}

/** The expansion context of one shell: its state and how it runs command substitutions. */
export function expander(
  sh: ShellState,
  substitute: Substitute,
  parseWord: (text: string) => Word,
): Expander {
  const x: Expander = {
    sh,
    substitute,
    string: (w) => expandString(x, w),
    pattern: (w) => expandPattern(x, w),
    regex: (w) => expandRegex(x, w),
    arith: (w, command) => arithValue(x, w, command),
    parseWord,
  };
  return x;
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

/** The value of an expansion: one string, or several words (`"$@"`, `"${a[@]}"`). */
export type Value = string | string[];

function ifsOf(sh: ShellState): string {
  return sh.getVar('IFS') ?? ' \t\n';
}

class Fields {
  readonly list: Field[] = [];
  cur: Field = { segments: [], forced: false };
  /** `"$@"` expanded to nothing: the word may vanish although it has quotes. */
  emptyAt = false;

  push(text: string, quoted: boolean): void {
    this.cur.segments.push({ text, quoted });
    if (quoted) this.cur.forced = true;
  }

  end(force: boolean): void {
    const has = this.cur.segments.some((s) => s.text !== '') || this.cur.forced;
    if (has || force) this.list.push(this.cur);
    this.cur = { segments: [], forced: false };
  }

  /** IFS splitting of an unquoted expansion's result. */
  split(value: string, ifs: string): void {
    if (ifs === '') {
      this.push(value, false);
      return;
    }
    const white = (c: string) => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
    let i = 0;
    let text = '';
    while (i < value.length) {
      const c = value[i];
      if (!ifs.includes(c)) {
        text += c;
        i++;
        continue;
      }
      if (text) this.push(text, false);
      text = '';
      if (white(c)) {
        while (i < value.length && white(value[i])) i++;
        if (i < value.length && ifs.includes(value[i]) && !white(value[i])) {
          i++;
          while (i < value.length && white(value[i])) i++;
          this.end(true);
        } else this.end(false);
      } else {
        i++;
        while (i < value.length && white(value[i])) i++;
        this.end(true);
      }
    }
    if (text) this.push(text, false);
  }
}

function* partValue(x: Expander, part: WordPart): Gen<Value> {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'tilde': {
      const home = part.user === '' ? x.sh.getVar('HOME') : x.sh.homeOf(part.user);
      return home ?? `~${part.user}`;
    }
    case 'command': {
      const out = yield* x.substitute(x.sh, part.list);
      return out.replace(/\n+$/, '');
    }
    case 'arith':
      return String(yield* arithValue(x, part.expr));
    case 'param':
      return yield* paramValue(x, part);
  }
}

/** `$((...))`: the text is expanded as in double quotes, then evaluated. */
export function* arithValue(x: Expander, expr: Word, command?: string): Gen<bigint> {
  const text = yield* expandString(x, expr);
  try {
    return evaluate(text, arithScope(x.sh));
  } catch (e) {
    if (e instanceof ArithError) throw new ExpandError(arithMessage(e, command));
    throw e;
  }
}

/** Expands one word (after brace expansion) into fields. */
function* toFields(x: Expander, word: Word, split: boolean): Gen<Field[]> {
  const f = new Fields();
  const ifs = ifsOf(x.sh);
  for (const part of word.parts) {
    const quoted = part.kind === 'text' ? part.quoted : part.kind === 'tilde' ? true : part.quoted;
    const value = yield* partValue(x, part);
    if (part.kind === 'text') {
      f.push(value as string, part.quoted);
      continue;
    }
    if (typeof value === 'string') {
      if (quoted || !split) f.push(value, quoted);
      else f.split(value, ifs);
      continue;
    }
    if (value.length === 0) {
      if (quoted) f.emptyAt = true;
      continue;
    }
    value.forEach((v, i) => {
      if (i > 0) f.end(quoted || !split);
      if (quoted || !split) f.push(v, true);
      else f.split(v, ifs);
    });
  }
  const onlyEmptyQuotes = f.cur.segments.every((s) => s.text === '');
  if (f.emptyAt && onlyEmptyQuotes && f.list.length === 0) return [];
  f.end(false);
  return f.list;
}

function escapeForGlob(field: Field): string {
  return field.segments.map((s) => (s.quoted ? s.text.replace(/[\\*?[\]]/g, '\\$&') : s.text)).join('');
}

function globField(x: Expander, field: Field): string[] {
  const plain = field.segments.map((s) => s.text).join('');
  if (x.sh.options.noglob) return [plain];
  const unquotedMagic = field.segments.some((s) => !s.quoted && /[*?[]/.test(s.text));
  if (!unquotedMagic) return [plain];
  const pattern = escapeForGlob(field);
  if (!hasMagic(pattern)) return [unescapePattern(pattern)];
  const found = globPaths(x.sh.sys, pattern, x.sh.shopts.get('dotglob') ?? false);
  if (found.length > 0) return found;
  if (x.sh.shopts.get('failglob')) throw new ExpandError(`no match: ${unescapePattern(pattern)}`);
  return x.sh.shopts.get('nullglob') ? [] : [unescapePattern(pattern)];
}

/** The words of a command after every expansion: what becomes argv. */
/**
 * A word that no expansion can change (plain text, no brace, glob or tilde), as its one field;
 * null otherwise. Loops run the same words again and again: the answer is kept per word.
 */
function literal(w: Word): string | null {
  let known = literals.get(w);
  if (known === undefined) {
    known = w.parts.every((p) => p.kind === 'text' && (p.quoted || !/[{*?[]/.test(p.text)))
      ? w.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('')
      : null;
    if (known === '' && !w.parts.some((p) => p.kind === 'text' && p.quoted)) known = null;
    literals.set(w, known);
  }
  return known;
}

const literals = new WeakMap<Word, string | null>();

/** A word made of text alone (quoted or not), as one string without splitting; null otherwise. */
function textOnly(w: Word): string | null {
  let known = texts.get(w);
  if (known === undefined) {
    known = w.parts.every((p) => p.kind === 'text')
      ? w.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('')
      : null;
    texts.set(w, known);
  }
  return known;
}

const texts = new WeakMap<Word, string | null>();

/**
 * `$NAME` alone, unquoted, whose value needs no splitting or globbing (the common loop counter):
 * its one field, or none for an empty value; null when the general path must decide.
 */
function plainVariable(x: Expander, w: Word): string[] | null {
  if (w.parts.length !== 1) return null;
  const p = w.parts[0];
  if (p.kind !== 'param' || p.op !== '' || p.subscript !== null || p.length || p.indirect) return null;
  if (p.name === '@' || p.name === '*' || (x.sh.options.nounset && !p.quoted)) return null;
  const value = x.sh.getVar(p.name);
  if (value === undefined) return x.sh.options.nounset ? null : p.quoted ? [''] : [];
  if (p.quoted) return [value];
  if (value === '') return [];
  return x.sh.vars.has('IFS') || /[\s*?[\]]/.test(value) ? null : [value];
}

export function* expandWords(x: Expander, words: readonly Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const w of words) {
    const fixed = literal(w);
    if (fixed !== null) {
      out.push(fixed);
      continue;
    }
    const plain = plainVariable(x, w);
    if (plain !== null) {
      out.push(...plain);
      continue;
    }
    for (const word of x.sh.options.braceexpand ? braceExpand(w) : [w]) {
      for (const field of yield* toFields(x, word, true)) out.push(...globField(x, field));
    }
  }
  return out;
}

/** An assignment's value, a here-doc, a `case` word: expansions without splitting or globbing. */
export function* expandString(x: Expander, word: Word): Gen<string> {
  const text = textOnly(word);
  if (text !== null) return text;
  const fields = yield* toFields(x, word, false);
  return fields.map((f) => f.segments.map((s) => s.text).join('')).join(' ');
}

/** A pattern (case, [[ ==, ${x#...}): quoted characters come out escaped, so they match literally. */
export function* expandPattern(x: Expander, word: Word): Gen<string> {
  const fields = yield* toFields(x, word, false);
  return fields.map(escapeForGlob).join(' ');
}

/** `[[ =~ ]]`'s right side: quoted characters come out escaped for a regular expression. */
export function* expandRegex(x: Expander, word: Word): Gen<string> {
  const fields = yield* toFields(x, word, false);
  const escape = (s: Segment) => (s.quoted ? s.text.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&') : s.text);
  return fields.map((f) => f.segments.map(escape).join('')).join(' ');
}

/** A redirection target must expand to exactly one word, else `ambiguous redirect`. */
export function* expandTarget(x: Expander, word: Word): Gen<string> {
  const fields = yield* expandWords(x, [word]);
  if (fields.length !== 1) throw new ExpandError(`${word.raw}: ambiguous redirect`);
  return fields[0];
}
