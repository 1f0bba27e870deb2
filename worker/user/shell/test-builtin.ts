// Models bash 5.2's `test` and `[` builtins (test.c, builtins/test.def): POSIX's rules by argument
// count for up to four arguments, then the full grammar with `!`, `-a`, `-o` and parentheses. The
// primaries themselves live in test-ops.ts, shared with `[[ ]]`. A syntax error is one `bash: [: ...`
// line and status 2; otherwise 0 is true and 1 false.

import { shellError, type Builtin, type BuiltinContext } from './builtin-io';
import {
  arithmeticTest,
  binaryFileTest,
  isArithmeticOp,
  isBinaryFileOp,
  isBinaryTestOp,
  isStringTestOp,
  isUnaryTestOp,
  legalNumber,
  stringTest,
  unaryTest,
} from './test-ops';

export { binaryFileTest, isBinaryFileOp, isUnaryTestOp, unaryTest } from './test-ops';

/** A parenthesis still open in expr(): what it had gathered, and a `!` in front of it. */
interface Group {
  or: boolean;
  and: boolean;
  negate: boolean;
}

/**
 * One evaluation of test_command(): `pos` walks `argv` (argv[0] is the command name) up to `argc`;
 * for `[`, argv[argc] is the closing `]`, which the "found" messages can name.
 */
class TestParser {
  pos = 1;
  error: string | null = null;

  constructor(
    private readonly b: BuiltinContext,
    private readonly argv: readonly string[],
    private readonly argc: number,
  ) {}

  private fail(message: string): false {
    this.error ??= message;
    return false;
  }

  /** advance(): the next argument; with `needed`, running past the end is an error (beyond()). */
  private advance(needed: boolean): boolean {
    this.pos++;
    return needed && this.pos >= this.argc ? this.fail('argument expected') : true;
  }

  private arg(i: number): string {
    return this.argv[i] ?? '';
  }

  /** posixtest(): the argument-count rules of POSIX, expr() beyond them. */
  posixTest(): boolean {
    let value: boolean;
    switch (this.argc - 1) {
      case 0:
        value = false;
        break;
      case 1:
        value = this.arg(1) !== '';
        break;
      case 2:
        value = this.twoArguments();
        break;
      case 3:
        value = this.threeArguments();
        break;
      case 4:
        if (this.arg(this.pos) === '!') {
          this.advance(true);
          return !this.threeArguments();
        }
        if (this.arg(this.pos) === '(' && this.arg(this.argc - 1) === ')') {
          this.advance(true);
          value = this.twoArguments();
          break;
        }
        return this.expr();
      default:
        return this.expr();
    }
    this.pos = this.argc;
    return value;
  }

  private twoArguments(): boolean {
    const first = this.arg(this.pos);
    if (first === '!') return this.arg(this.pos + 1) === '';
    if (first.length === 2 && first[0] === '-' && isUnaryTestOp(first)) return this.unaryOperator();
    return this.fail(`${first}: unary operator expected`);
  }

  private threeArguments(): boolean {
    const [first, op, last] = [this.arg(this.pos), this.arg(this.pos + 1), this.arg(this.pos + 2)];
    let value: boolean;
    if (isBinaryTestOp(op)) value = this.binaryOperator();
    else if (op === '-a') value = first !== '' && last !== '';
    else if (op === '-o') value = first !== '' || last !== '';
    else if (first === '!') {
      this.advance(true);
      value = !this.twoArguments();
    } else if (first[0] === '(' && last[0] === ')') value = op !== '';
    else return this.fail(`${op}: binary operator expected`);
    this.pos = this.argc;
    return value;
  }

  /**
   * expr(), or(), and() and term() of test.c, with an explicit stack of open parentheses instead
   * of recursion so that no nesting depth can exhaust the JavaScript stack.
   */
  private expr(): boolean {
    const open: Group[] = [];
    let group: Group = { or: false, and: true, negate: false };
    for (;;) {
      if (this.pos >= this.argc) return this.fail('argument expected');
      let negate = false;
      while (this.pos < this.argc && this.arg(this.pos) === '!') {
        if (!this.advance(true)) return false;
        negate = !negate;
      }
      if (this.arg(this.pos) === '(') {
        if (!this.advance(true)) return false;
        open.push({ ...group, negate });
        group = { or: false, and: true, negate: false };
        continue;
      }
      let value = this.primary() !== negate;
      if (this.error !== null) return false;
      for (;;) {
        group.and &&= value;
        if (this.pos < this.argc && this.arg(this.pos) === '-a') break;
        group.or ||= group.and;
        group.and = true;
        if (this.pos < this.argc && this.arg(this.pos) === '-o') break;
        const outer = open.pop();
        if (outer === undefined) return group.or;
        const close = this.argv[this.pos];
        if (close === undefined) return this.fail("`)' expected");
        if (close !== ')') return this.fail(`\`)' expected, found ${close}`);
        this.advance(false);
        value = group.or !== outer.negate;
        group = { or: outer.or, and: outer.and, negate: false };
      }
      this.advance(false);
    }
  }

  /** The rest of term(): a binary primary if one fits, a unary one, else a string's length. */
  private primary(): boolean {
    if (this.pos + 3 <= this.argc && isBinaryTestOp(this.arg(this.pos + 1))) return this.binaryOperator();
    if (this.pos + 2 <= this.argc && isUnaryTestOp(this.arg(this.pos))) return this.unaryOperator();
    const value = this.arg(this.pos) !== '';
    this.advance(false);
    return value;
  }

  /** binary_operator(): `left OP right` at pos, pos moved past it. */
  private binaryOperator(): boolean {
    const [left, op, right] = [this.arg(this.pos), this.arg(this.pos + 1), this.arg(this.pos + 2)];
    this.pos += 3;
    if (isStringTestOp(op)) return stringTest(op, left, right);
    if (isBinaryFileOp(op)) return binaryFileTest(this.b, op, left, right);
    if (!isArithmeticOp(op)) return this.fail(`${op}: binary operator expected`);
    const l = legalNumber(left);
    if (l === null) return this.fail(`${left}: integer expression expected`);
    const r = legalNumber(right);
    if (r === null) return this.fail(`${right}: integer expression expected`);
    return arithmeticTest(op, l, r);
  }

  /** unary_operator(): `-t` may stand alone (fd 1) and takes its operand only if it is a number. */
  private unaryOperator(): boolean {
    const op = this.arg(this.pos);
    if (op === '-t') {
      this.advance(false);
      if (this.pos >= this.argc) return unaryTest(this.b, op, '1');
      if (legalNumber(this.arg(this.pos)) === null) return false;
      this.advance(false);
      return unaryTest(this.b, op, this.arg(this.pos - 1));
    }
    if (!this.advance(true)) return false;
    this.pos++;
    return unaryTest(this.b, op, this.arg(this.pos - 1));
  }
}

/** test_builtin() and test_command(): `[` needs its `]`; no arguments at all is false. */
const test: Builtin = (b) => {
  const name = b.argv[0];
  let argc = b.argv.length;
  if (name === '[') {
    if (argc === 1) {
      shellError(b.sys, "[: missing `]'");
      return 2;
    }
    argc--;
    if (b.argv[argc] !== ']') {
      shellError(b.sys, "[: missing `]'");
      return 2;
    }
  }
  if (argc < 2) return 1;
  const parser = new TestParser(b, b.argv, argc);
  const value = parser.posixTest();
  if (parser.error === null && parser.pos !== argc) parser.error = 'too many arguments';
  if (parser.error !== null) {
    shellError(b.sys, `${name}: ${parser.error}`);
    return 2;
  }
  return value ? 0 : 1;
};

export const TEST_BUILTINS: Readonly<Record<string, Builtin>> = { test, '[': test };
