// Models how GNU findutils 4.9 reads its command line (find/parser.c, find/tree.c): the starting
// points up to the first argument that looks like an expression, then the primaries left to right
// (each checking its own arguments), then the tree: `!` over `-a` (also implied between two terms)
// over `-o` over `,`, with parentheses; `( EXPR ) -print` when no action was given. Each failure is
// the message find gives, in the order find finds it.

import type { Syscalls } from '../../../kernel/syscall-table';
import {
  GLOBAL_OPTIONS,
  isAction,
  PRIMARIES,
  type Follow,
  type GlobalOptions,
  type Primary,
} from './find-primaries';

export type Expr =
  | Primary
  | { readonly kind: 'and' | 'or' | 'comma'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly operand: Expr };

export interface FindCommand {
  readonly paths: readonly string[];
  readonly expr: Expr;
  readonly options: GlobalOptions & { readonly depthFirst: boolean };
}

type Token =
  | { readonly kind: 'op'; readonly op: 'and' | 'or' | 'comma' | 'not' | '(' | ')'; readonly name: string }
  | { readonly kind: 'primary'; readonly primary: Primary };

const OPERATORS: Readonly<Record<string, 'and' | 'or' | 'comma' | 'not' | '(' | ')'>> = {
  '!': 'not',
  '-not': 'not',
  '-a': 'and',
  '-and': 'and',
  '-o': 'or',
  '-or': 'or',
  ',': 'comma',
  '(': '(',
  ')': ')',
};

/** find's looks_like_expression(): `)` and `,` are still starting points while those are read. */
function looksLikeExpression(arg: string, leading: boolean): boolean {
  if (arg.length > 1 && arg[0] === '-') return true;
  if (arg === '!' || arg === '(') return true;
  if (arg === ')' || arg === ',') return !leading;
  return false;
}

/** Parses find's arguments; the messages to print (then exit 1) when they are wrong. */
export function parseFind(
  sys: Syscalls,
  args: readonly string[],
  follow: Follow,
  warn: (message: string) => void,
): FindCommand | string[] {
  let i = 0;
  const paths: string[] = [];
  while (i < args.length && !looksLikeExpression(args[i], true)) paths.push(args[i++]);
  const options: GlobalOptions = { follow, maxDepth: Infinity, minDepth: 0, depth: false };
  const tokens: Token[] = [];
  let firstNonOption: string | null = null;
  let lastPredicate = '';
  while (i < args.length) {
    const arg = args[i];
    if (!looksLikeExpression(arg, false)) {
      const messages = [`paths must precede expression: \`${arg}'`];
      if (sys.stat(arg).ok) messages.push(`possible unquoted pattern after predicate \`${lastPredicate}'?`);
      return messages;
    }
    if (Object.hasOwn(OPERATORS, arg)) {
      tokens.push({ kind: 'op', op: OPERATORS[arg], name: arg });
      firstNonOption ??= arg;
      lastPredicate = arg;
      i++;
      continue;
    }
    if (!Object.hasOwn(PRIMARIES, arg)) return [`unknown predicate \`${arg}'`];
    if (GLOBAL_OPTIONS.has(arg) && firstNonOption !== null) {
      warn(
        `warning: you have specified the global option ${arg} after the argument ${firstNonOption}, but ` +
          'global options are not positional, i.e., ' +
          `${arg} affects tests specified before it as well as those specified after it.  ` +
          'Please specify global options before other arguments.',
      );
    }
    const parsed = PRIMARIES[arg]({ sys, args, at: i, options, warn });
    if ('errors' in parsed) return parsed.errors;
    if (parsed.primary) {
      tokens.push({ kind: 'primary', primary: parsed.primary });
      firstNonOption ??= arg;
    } else tokens.push({ kind: 'primary', primary: { kind: 'const', value: true } });
    lastPredicate = arg;
    i += 1 + parsed.used;
  }
  const primaries = tokens.flatMap((t) => (t.kind === 'primary' ? [t.primary] : []));
  const hasDelete = primaries.some((p) => p.kind === 'delete');
  if (hasDelete && !options.depth && primaries.some((p) => p.kind === 'prune')) {
    return [
      'The -delete action automatically turns on -depth, but -prune does nothing when -depth is in ' +
        'effect.  If you want to carry on anyway, just explicitly use the -depth option.',
    ];
  }
  let expr: Expr = { kind: 'const', value: true };
  if (tokens.length > 0) {
    const tree = buildTree(tokens);
    if (typeof tree === 'string') return [tree];
    expr = tree;
  }
  if (!primaries.some(isAction)) {
    expr = tokens.length
      ? { kind: 'and', left: expr, right: { kind: 'print', end: '\n' } }
      : { kind: 'print', end: '\n' };
  }
  return {
    paths: paths.length ? paths : ['.'],
    expr,
    options: { ...options, depthFirst: options.depth || hasDelete },
  };
}

const PRECEDENCE = { comma: 1, or: 2, and: 3 } as const;

const NOTHING: Expr = { kind: 'const', value: false };

/** tree.c get_expr(): precedence climbing over the token list; the message when it is malformed. */
function buildTree(tokens: readonly Token[]): Expr | string {
  let pos = 0;
  let error: string | null = null;
  const fail = (message: string): Expr => {
    error ??= message;
    return NOTHING;
  };
  const opName = (t: Token | null) => (t?.kind === 'op' ? t.name : '');
  const term = (prev: Token | null): Expr => {
    const t = tokens[pos];
    if (t === undefined) {
      if (opName(prev) === '(') {
        return fail(
          "invalid expression; expected to find a ')' but didn't see one. Perhaps you need an extra " +
            "predicate after '('",
        );
      }
      return fail(`expected an expression after '${opName(prev)}'`);
    }
    if (t.kind === 'primary') {
      pos++;
      return t.primary;
    }
    switch (t.op) {
      case 'and':
      case 'or':
      case 'comma':
        return fail(
          `invalid expression; you have used a binary operator '${t.name}' with nothing before it.`,
        );
      case ')':
        if (opName(prev) === '(') return fail('invalid expression; empty parentheses are not allowed.');
        return fail(`expected an expression between '${opName(prev)}' and ')'`);
      case 'not':
        pos++;
        return { kind: 'not', operand: term(t) };
      case '(': {
        pos++;
        const inner = expression(0, t);
        if (error) return NOTHING;
        const close = tokens[pos];
        if (close?.kind !== 'op' || close.op !== ')') {
          return fail("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        }
        pos++;
        return inner;
      }
    }
  };
  const expression = (minPrec: number, prev: Token | null): Expr => {
    let left = term(prev);
    while (!error) {
      const t = tokens[pos];
      if (t === undefined || (t.kind === 'op' && t.op === ')')) return left;
      const binary = t.kind === 'op' && (t.op === 'and' || t.op === 'or' || t.op === 'comma') ? t.op : null;
      const prec = binary ? PRECEDENCE[binary] : PRECEDENCE.and;
      if (prec <= minPrec) return left;
      if (binary) pos++;
      const right = expression(prec, binary ? t : null);
      left = { kind: binary ?? 'and', left, right };
    }
    return NOTHING;
  };
  const expr = expression(0, null);
  if (!error && pos < tokens.length) fail("you have too many ')'");
  return error ?? expr;
}
