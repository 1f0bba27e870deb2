// Models GNU coreutils tr (src/tr.c): translates (SET1 SET2, SET2 padded with its last byte or cut
// by -t), deletes (-d SET1), squeezes repeats (-s, of the last set given, after translating or
// deleting), with -c/-C complementing SET1. Options end at the first operand, as tr's getopt
// string "+AcCdst" says. validate() rejects sets the way tr does, with its own messages.
// NOTE: a repeat like [a*1000000] is walked in one step where tr walks it byte by byte.

import { strerror } from '../../../kernel/lib/errno';
import { readBlocking, type Proc, type ProcessContext } from '../../process';
import { encodeText } from '../../bytes';
import { Tool } from '../tool';
import { argBytes, finishTool } from './common';
import { quote } from './quoting';
import { classMembers } from './tr-classes';
import { parseSet, SetCursor, type Element } from './tr-spec';

const MAX_LENGTH = 2 ** 64 - 2;

interface Stats {
  length: number;
  indefinite: (Element & { type: 'repeat' })[];
  hasClass: boolean;
  hasRestrictedClass: boolean;
  hasEquiv: boolean;
}

/** get_spec_stats(): the set's length and what it contains. */
function stats(list: readonly Element[]): Stats | null {
  const s: Stats = { length: 0, indefinite: [], hasClass: false, hasRestrictedClass: false, hasEquiv: false };
  for (const p of list) {
    if (p.type === 'char') s.length += 1;
    else if (p.type === 'range') s.length += p.last - p.first + 1;
    else if (p.type === 'class') {
      s.hasClass = true;
      if (p.cls !== 'upper' && p.cls !== 'lower') s.hasRestrictedClass = true;
      s.length += classMembers(p.cls).length;
    } else if (p.type === 'equiv') {
      s.hasEquiv = true;
      s.length += 1;
    } else if (p.count > 0) s.length += p.count;
    else s.indefinite.push(p);
    if (s.length > MAX_LENGTH) return null;
  }
  return s;
}

/** set_initialize(): which bytes the set holds, complemented when asked. */
function membership(list: readonly Element[], complement: boolean): boolean[] {
  const inSet = new Array<boolean>(256).fill(false);
  for (const p of list) {
    if (p.type === 'char' || p.type === 'equiv') inSet[p.c] = true;
    else if (p.type === 'range') for (let c = p.first; c <= p.last; c++) inSet[c] = true;
    else if (p.type === 'class') for (const c of classMembers(p.cls)) inSet[c] = true;
    else if (p.count > 0) inSet[p.c] = true;
  }
  return complement ? inSet.map((b) => !b) : inSet;
}

/** homogeneous_spec_list(): the set is not empty and gives one byte only. */
function homogeneous(list: readonly Element[]): boolean {
  const seen = new Set<number>();
  for (const p of list) {
    if (p.type === 'char' || p.type === 'equiv' || (p.type === 'repeat' && p.count > 0)) seen.add(p.c);
    else if (p.type === 'range') for (let c = p.first; c <= p.last; c++) seen.add(c);
    else if (p.type === 'class') for (const c of classMembers(p.cls)) seen.add(c);
  }
  return seen.size === 1;
}

/** Steps two cursors together, jumping over the stretch where both are inside repeats. */
function stepBoth(a: SetCursor, b: SetCursor): [number, number] {
  const skip = Math.min(a.repeatLeft(), b.repeatLeft()) - 1;
  if (skip > 0) {
    a.advanceRepeat(skip);
    b.advanceRepeat(skip);
  }
  return [a.next(), b.next()];
}

/** validate_case_classes(): [:upper:]/[:lower:] in SET2 must face a case class in SET1. */
function caseClassesAligned(s1: readonly Element[], s2: readonly Element[], st1: Stats, st2: Stats): boolean {
  const a = new SetCursor(s1);
  const b = new SetCursor(s2);
  let new1 = true;
  let new2 = true;
  let c1 = 0;
  let c2 = 0;
  while (c1 !== -1 && c2 !== -1) {
    [c1, c2] = stepBoth(a, b);
    if (new2 && b.caseClass && !(new1 && a.caseClass)) return false;
    if (b.caseClass) {
      st1.length -= 26 - 1;
      st2.length -= 26 - 1;
      a.skip();
      b.skip();
    }
    new1 = a.atNewElement();
    new2 = b.atNewElement();
  }
  return true;
}

/** validate(): the error message for sets tr refuses, or null. May extend SET2. */
function validate(s1: readonly Element[], s2: Element[] | null, o: TrOptions): string | null {
  const st1 = stats(s1);
  if (!st1) return 'too many characters in set';
  if (o.complement) st1.length = membership(s1, true).filter(Boolean).length;
  if (st1.indefinite.length) return 'the [c*] repeat construct may not appear in string1';
  if (!s2) return null;
  const st2 = stats(s2);
  if (!st2) return 'too many characters in set';
  if (st1.length >= st2.length && st2.indefinite.length === 1) {
    st2.indefinite[0].count = st1.length - st2.length;
    st2.length = st1.length;
  }
  if (st2.indefinite.length > 1) return 'only one [c*] repeat construct may appear in string2';
  if (!o.translating)
    return st2.indefinite.length ? 'the [c*] construct may appear in string2 only when translating' : null;
  if (st2.hasEquiv) return '[=c=] expressions may not appear in string2 when translating';
  if (st2.hasRestrictedClass)
    return "when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'";
  if (!o.complement && st2.hasClass && !caseClassesAligned(s1, s2, st1, st2))
    return 'misaligned [:upper:] and/or [:lower:] construct';
  if (st1.length > st2.length && !o.truncate) {
    if (st2.length === 0) return 'when not truncating set1, string2 must be non-empty';
    const last = s2[s2.length - 1];
    if (last.type === 'class')
      return 'when translating with string1 longer than string2,\nthe latter string must not end with a character class';
    const c = last.type === 'range' ? last.last : last.c;
    s2.push({ type: 'repeat', c, count: st1.length - st2.length });
    st2.length = st1.length;
  }
  if (o.complement && st1.hasClass && !(st2.length === st1.length && homogeneous(s2)))
    return 'when translating with complemented character classes,\nstring2 must map all characters in the domain to one';
  return null;
}

/** The byte map of a translation. */
function translation(s1: readonly Element[], s2: readonly Element[], complement: boolean): Uint8Array {
  const xlate = Uint8Array.from({ length: 256 }, (_, i) => i);
  if (complement) {
    const inS1 = membership(s1, false);
    const b = new SetCursor(s2);
    for (let i = 0; i < 256; i++) {
      if (inS1[i]) continue;
      const ch = b.next();
      if (ch === -1) break;
      xlate[i] = ch;
    }
    return xlate;
  }
  const a = new SetCursor(s1);
  const b = new SetCursor(s2);
  for (;;) {
    const [c1, c2] = stepBoth(a, b);
    if (a.caseClass === 'lower' && b.caseClass === 'upper') {
      for (let i = 0x61; i <= 0x7a; i++) xlate[i] = i - 32;
    } else if (a.caseClass === 'upper' && b.caseClass === 'lower') {
      for (let i = 0x41; i <= 0x5a; i++) xlate[i] = i + 32;
    } else {
      if (c1 === -1 || c2 === -1) break;
      xlate[c1] = c2;
    }
    if (b.caseClass) {
      a.skip();
      b.skip();
    }
  }
  return xlate;
}

interface TrOptions {
  complement: boolean;
  delete: boolean;
  squeeze: boolean;
  truncate: boolean;
  translating: boolean;
}

/** The operand checks of main(): the diagnostic lines, or null when the count is right. */
function operandError(o: TrOptions, operands: readonly string[]): string | null {
  const min = 1 + Number(o.delete === o.squeeze);
  const max = 1 + Number(o.delete <= o.squeeze);
  const n = operands.length;
  if (n === 0) return 'missing operand';
  if (n < min)
    return (
      `missing operand after ${quote(operands[n - 1])}\n` +
      (o.squeeze
        ? 'Two strings must be given when both deleting and squeezing repeats.'
        : 'Two strings must be given when translating.')
    );
  if (n > max)
    return (
      `extra operand ${quote(operands[max])}` +
      (n === 2 ? '\nOnly one string may be given when deleting without squeezing repeats.' : '')
    );
  return null;
}

export function* tr(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'tr');
  const argv = ctx.argv.slice(1);
  let k = 0;
  while (k < argv.length && argv[k].startsWith('-') && argv[k] !== '-') if (argv[k++] === '--') break;
  const p = t.options(
    {
      flags: 'AcCdst',
      long: { complement: 'c', delete: 'd', 'squeeze-repeats': 's', 'truncate-set1': 't' },
    },
    argv.slice(0, k),
  );
  if (typeof p === 'number') return p;
  const operands = [...p.operands, ...argv.slice(k)];
  const o: TrOptions = {
    complement: p.has('c') || p.has('C'),
    delete: p.has('d'),
    squeeze: p.has('s'),
    truncate: p.has('t'),
    translating: operands.length === 2 && !p.has('d'),
  };
  const bad = operandError(o, operands);
  if (bad) return t.usage(bad);
  const warn = (message: string) => t.sys.write(2, encodeText(`tr: ${message}\n`));
  const sets: Element[][] = [];
  for (const operand of operands) {
    const set = parseSet(argBytes(operand), warn);
    if (!Array.isArray(set)) {
      t.error(set.error);
      return t.finish(1);
    }
    sets.push(set);
  }
  const [s1, s2 = null] = sets;
  const invalid = validate(s1, s2, o);
  if (invalid) {
    t.error(invalid);
    return t.finish(1);
  }
  let xlate: Uint8Array | null = null;
  let remove: boolean[] | null = null;
  let squeeze: boolean[] | null = null;
  if (o.translating && s2) {
    xlate = translation(s1, s2, o.complement);
    if (o.squeeze) squeeze = membership(s2, false);
  } else if (o.delete) {
    remove = membership(s1, o.complement);
    if (s2) squeeze = membership(s2, false);
  } else squeeze = membership(s1, o.complement);
  let last = -1;
  for (;;) {
    const got = yield* readBlocking(t.sys, 0, 8192);
    if (typeof got === 'number') {
      t.error(`read error: ${strerror(got)}`);
      return finishTool(t, 1);
    }
    if (got.length === 0) break;
    const out = new Uint8Array(got.length);
    let n = 0;
    for (let b of got) {
      if (remove?.[b]) continue;
      if (xlate) b = xlate[b];
      if (squeeze?.[b] && b === last) continue;
      out[n++] = b;
      last = b;
    }
    if (n) t.out.write(out.subarray(0, n));
  }
  return finishTool(t);
}
