// The shell's syntax tree, after bash's command.h: words keep their quoting (expansion needs to know
// what was quoted), simple commands carry assignments, words and redirections, and every compound
// command of bash's grammar (group, subshell, if, for, arithmetic for, while/until, case, (( )),
// [[ ]], function definitions) may carry redirections of its own.

/** `${NAME...}` operators: bash's parameter expansion forms. */
export type ParamOp =
  | ''
  | '-'
  | ':-'
  | '='
  | ':='
  | '?'
  | ':?'
  | '+'
  | ':+'
  | '#'
  | '##'
  | '%'
  | '%%'
  | '/'
  | '//'
  | '/#'
  | '/%'
  | '^'
  | '^^'
  | ','
  | ',,'
  | '~'
  | '~~'
  | ':'
  | '@';

export interface ParamPart {
  readonly kind: 'param';
  readonly name: string;
  readonly quoted: boolean;
  /** `${name[SUB]}`: the subscript as typed (`@`, `*`, an expression or a key). */
  readonly subscript: string | null;
  /** `${#name}`. */
  readonly length: boolean;
  /** `${!name}` (indirection), `${!name[@]}` (keys) or `${!prefix*}` (names). */
  readonly indirect: boolean;
  readonly op: ParamOp;
  /** The word after the operator (pattern, default, offset text...). */
  readonly arg: Word | null;
  /** The replacement of `/`, or the length of `:offset:length`. */
  readonly arg2: Word | null;
}

export type WordPart =
  | { readonly kind: 'text'; text: string; readonly quoted: boolean }
  | ParamPart
  | { readonly kind: 'tilde'; readonly user: string }
  | { readonly kind: 'command'; readonly list: CommandList; readonly quoted: boolean }
  | { readonly kind: 'arith'; readonly expr: Word; readonly quoted: boolean };

export interface Word {
  readonly parts: WordPart[];
  /** The word as typed, for messages such as `ambiguous redirect` and for `jobs`. */
  readonly raw: string;
}

export interface Redirection {
  /** The descriptor written before the operator, or null for the operator's default. */
  readonly fd: number | null;
  readonly op: string;
  readonly target: Word;
  /** A here-doc's body (`<<`, `<<-`): expanded unless its delimiter was quoted. */
  heredoc?: { body: Word; expand: boolean };
}

export interface Assignment {
  readonly name: string;
  /** `a[SUB]=v`: the subscript as typed. */
  readonly subscript: string | null;
  readonly append: boolean;
  readonly value: Word | null;
  /** `a=(w1 w2 [k]=v)`: the elements. */
  readonly array: Word[] | null;
  readonly raw: string;
}

export interface SimpleCommand {
  readonly kind: 'simple';
  readonly assignments: Assignment[];
  readonly words: Word[];
  readonly redirections: Redirection[];
  /** The input line it starts on, for $LINENO. */
  readonly line: number;
  /** `declare NAME=(...)` and the like: arrays assigned once the builtin has run. */
  readonly arrayArgs?: Assignment[];
}

/** One test of `[[ ]]`. */
export type CondExpr =
  | { readonly kind: 'and' | 'or'; readonly left: CondExpr; readonly right: CondExpr }
  | { readonly kind: 'not'; readonly expr: CondExpr }
  | { readonly kind: 'unary'; readonly op: string; readonly operand: Word }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Word; readonly right: Word }
  | { readonly kind: 'word'; readonly word: Word };

export interface CaseItem {
  readonly patterns: Word[];
  readonly body: CommandList;
  readonly terminator: ';;' | ';&' | ';;&';
}

export type CompoundBody =
  | { readonly kind: 'group'; readonly body: CommandList }
  | { readonly kind: 'subshell'; readonly body: CommandList }
  | {
      readonly kind: 'if';
      readonly clauses: { cond: CommandList; body: CommandList }[];
      readonly otherwise: CommandList | null;
    }
  | { readonly kind: 'for'; readonly name: string; readonly words: Word[] | null; readonly body: CommandList }
  | {
      readonly kind: 'arith-for';
      readonly init: Word;
      readonly test: Word;
      readonly step: Word;
      readonly body: CommandList;
    }
  | { readonly kind: 'while' | 'until'; readonly cond: CommandList; readonly body: CommandList }
  | { readonly kind: 'case'; readonly word: Word; readonly items: CaseItem[] }
  | { readonly kind: 'arith'; readonly expr: Word }
  | { readonly kind: 'cond'; readonly expr: CondExpr };

export type CompoundCommand = CompoundBody & {
  readonly redirections: Redirection[];
  readonly line: number;
  /** The command's source text, for `jobs` and `declare -f`. */
  readonly text: string;
};

export interface FunctionDef {
  readonly kind: 'function';
  readonly name: string;
  readonly body: CompoundCommand;
  readonly line: number;
  readonly text: string;
}

export type Command = SimpleCommand | CompoundCommand | FunctionDef;

export interface Pipeline {
  readonly negated: boolean;
  readonly commands: Command[];
  /** `|&` after element i: its standard error goes into the pipe too. */
  readonly stderrToo: boolean[];
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** Ended by `&`: runs as a background job. */
  readonly background: boolean;
  /** The source text without the `&`, for `jobs`. */
  readonly text: string;
}

export type CommandList = AndOr[];
