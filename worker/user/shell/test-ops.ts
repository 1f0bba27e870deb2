// Models the primaries of bash's test.c (unary_test, filecomp, arithcomp, test_unop, test_binop)
// and general.c's legal_number: what one operator says about its operands, shared by `test`/`[`
// and by the `[[ ]]` compound command. Files are looked at through stat(2) as sh_stat does;
// access(2) is computed from the mode bits as the kernel's generic_permission() would decide.

import type { Stat, Syscalls } from '../../kernel/syscall-table';
import { ENOENT } from '../../kernel/lib/errno';
import { fileType, isatty, S_IFCHR, S_IFDIR, S_IFIFO, S_IFREG } from '../process';
import type { BuiltinContext } from './builtin-io';
import { compareBytes } from './glob';

const S_IFBLK = 0o060000;
const S_IFSOCK = 0o140000;
const S_IFLNK = 0o120000;
const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_ISVTX = 0o1000;
const R_OK = 4;
const W_OK = 2;
export const X_OK = 1;

const INTMAX_MAX = (1n << 63n) - 1n;
const INTMAX_MIN = -(1n << 63n);

/** The unary primaries test_unop() knows (bash 5.2 has -R for namerefs too). */
const UNARY_OPS = new Set('abcdefghknoprstuvwxzGLOSNR'.split('').map((c) => `-${c}`));
const BINARY_FILE_OPS = new Set(['-nt', '-ot', '-ef']);
const ARITH_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const STRING_OPS = new Set(['=', '==', '!=', '<', '>']);

/**
 * `set -o` options and their defaults in the playground's interactive shell (bash 5.2 on a
 * terminal with line editing); those `set` changes are read from the shell itself.
 */
const SHELL_OPTIONS: Readonly<Record<string, boolean>> = {
  allexport: false,
  braceexpand: true,
  emacs: true,
  errexit: false,
  errtrace: false,
  functrace: false,
  hashall: true,
  histexpand: true,
  history: true,
  ignoreeof: false,
  'interactive-comments': true,
  keyword: false,
  monitor: true,
  noclobber: false,
  noexec: false,
  noglob: false,
  nolog: false,
  notify: false,
  nounset: false,
  onecmd: false,
  physical: false,
  pipefail: false,
  posix: false,
  privileged: false,
  verbose: false,
  vi: false,
  xtrace: false,
};

/** test_unop(): is `op` one of the unary primaries (-e -f ... -z -n -v -o)? */
export function isUnaryTestOp(op: string): boolean {
  return UNARY_OPS.has(op);
}

/** The file comparisons of test_binop(): -nt -ot -ef. */
export function isBinaryFileOp(op: string): boolean {
  return BINARY_FILE_OPS.has(op);
}

/** test_binop(): string, arithmetic and file comparisons. */
export function isBinaryTestOp(op: string): boolean {
  return STRING_OPS.has(op) || ARITH_OPS.has(op) || BINARY_FILE_OPS.has(op);
}

/**
 * legal_number(): strtoimax in base 10 (leading white space, a sign, no overflow) followed only by
 * blanks; null when the text is not such a number.
 */
export function legalNumber(text: string): bigint | null {
  const m = /^[ \t\n\v\f\r]*([+-]?[0-9]+)[ \t]*$/.exec(text);
  if (m === null) return null;
  const value = BigInt(m[1]);
  return value > INTMAX_MAX || value < INTMAX_MIN ? null : value;
}

/**
 * sh_stat(): stat(2), except that the empty name does not exist. NOTE: the model has no /dev/fd
 * nor /dev/std*, so those names fall back to fstat() of the descriptor, as bash does on systems
 * without them (and as Linux's /proc links behave).
 */
function shStat(sys: Syscalls, path: string): Stat | null {
  if (path === '') return null;
  const st = sys.stat(path);
  if (st.ok) return st.value;
  if (st.err !== -ENOENT) return null;
  const fd = descriptorOf(path);
  if (fd === null) return null;
  const fst = sys.fstat(fd);
  return fst.ok ? fst.value : null;
}

function descriptorOf(path: string): number | null {
  const std = ['/dev/stdin', '/dev/stdout', '/dev/stderr'].indexOf(path);
  if (std >= 0) return std;
  if (!path.startsWith('/dev/fd/')) return null;
  const n = legalNumber(path.slice(8));
  return n !== null && n >= 0n && n <= 0x7fffffffn ? Number(n) : null;
}

/**
 * sh_eaccess() through faccessat(AT_EACCESS): the owner, group or other bits for the caller; root
 * may read and write anything and execute a directory or a file with any execute bit.
 */
function eaccess(sys: Syscalls, path: string, mode: number): boolean {
  const st = shStat(sys, path);
  return st !== null && permits(sys, st, mode);
}

/** The access check of eaccess() on a file already stat'ed (execve's for `X_OK`). */
export function permits(
  sys: Syscalls,
  st: { mode: number; uid: number; gid: number },
  mode: number,
): boolean {
  const uid = sys.getuid();
  if (uid === 0) return mode !== X_OK || fileType(st.mode) === S_IFDIR || (st.mode & 0o111) !== 0;
  let bits: number;
  if (uid === st.uid) bits = st.mode >> 6;
  else if (sys.getgid() === st.gid || sys.getgroups().includes(st.gid)) bits = st.mode >> 3;
  else bits = st.mode;
  return (bits & mode) === mode;
}

/** The mode of an existing file, or null. */
function modeOf(sys: Syscalls, path: string): number | null {
  return shStat(sys, path)?.mode ?? null;
}

function hasType(sys: Syscalls, path: string, type: number): boolean {
  const mode = modeOf(sys, path);
  return mode !== null && fileType(mode) === type;
}

function hasBit(sys: Syscalls, path: string, bit: number): boolean {
  const mode = modeOf(sys, path);
  return mode !== null && (mode & bit) !== 0;
}

/** `-v NAME`: a set variable, `NAME[0]` of a scalar, or a positional parameter 0..$#. */
function isVariableSet(b: BuiltinContext, name: string): boolean {
  const ref = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(name);
  if (ref !== null) {
    const sub = ref[2];
    const v = b.sh.variable(ref[1]);
    if (!v) return false;
    if (sub === '@' || sub === '*') return v.array ? v.array.size > 0 : true;
    if (!v.array) return legalNumber(sub) === 0n;
    return v.array.has(v.assoc ? sub : String(legalNumber(sub) ?? sub));
  }
  const n = legalNumber(name);
  if (n !== null) return n >= 0n && n <= BigInt(b.sh.getVar('#') ?? '0');
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && b.sh.getVar(name) !== undefined;
}

/** unary_test(): the truth of `op operand` for a unary primary. */
export function unaryTest(b: BuiltinContext, op: string, operand: string): boolean {
  const sys = b.sys;
  switch (op) {
    case '-a':
    case '-e':
      return shStat(sys, operand) !== null;
    case '-r':
      return eaccess(sys, operand, R_OK);
    case '-w':
      return eaccess(sys, operand, W_OK);
    case '-x':
      return eaccess(sys, operand, X_OK);
    case '-O':
      return shStat(sys, operand)?.uid === sys.getuid();
    case '-G':
      return shStat(sys, operand)?.gid === sys.getgid();
    case '-N':
      // NOTE: the model keeps no access time; taking it equal to the modification time makes a
      // file never "modified since last read", which is what bash says of a fresh file.
      return false;
    case '-f': {
      const mode = modeOf(sys, operand);
      return mode !== null && (fileType(mode) === S_IFREG || fileType(mode) === 0);
    }
    case '-d':
      return hasType(sys, operand, S_IFDIR);
    case '-s':
      return (shStat(sys, operand)?.size ?? 0) > 0;
    case '-S':
      return hasType(sys, operand, S_IFSOCK);
    case '-c':
      return hasType(sys, operand, S_IFCHR);
    case '-b':
      return hasType(sys, operand, S_IFBLK);
    case '-p':
      return hasType(sys, operand, S_IFIFO);
    case '-L':
    case '-h': {
      const st = operand === '' ? null : sys.lstat(operand);
      return st !== null && st.ok && fileType(st.value.mode) === S_IFLNK;
    }
    case '-u':
      return hasBit(sys, operand, S_ISUID);
    case '-g':
      return hasBit(sys, operand, S_ISGID);
    case '-k':
      return hasBit(sys, operand, S_ISVTX);
    case '-t': {
      const fd = legalNumber(operand);
      return fd !== null && fd >= 0n && fd <= 0x7fffffffn && isatty(sys, Number(fd));
    }
    case '-n':
      return operand !== '';
    case '-z':
      return operand === '';
    case '-o': {
      const live = b.sh.options as unknown as Record<string, boolean>;
      return operand in live ? live[operand] : SHELL_OPTIONS[operand] === true;
    }
    case '-v':
      return isVariableSet(b, operand);
  }
  return false;
}

/** filecomp(): -nt and -ot by modification time (a missing file is older), -ef by inode. */
export function binaryFileTest(b: BuiltinContext, op: string, left: string, right: string): boolean {
  const s = shStat(b.sys, left);
  const t = shStat(b.sys, right);
  switch (op) {
    case '-nt':
      return s !== null && (t === null || s.mtime > t.mtime);
    case '-ot':
      return t !== null && (s === null || s.mtime < t.mtime);
    case '-ef':
      // NOTE: inode numbers are unique across the model's file systems, so they alone name a file.
      return s !== null && t !== null && s.ino === t.ino;
  }
  return false;
}

/** binary_test() for = == != < >: byte equality and strcmp order. */
export function stringTest(op: string, left: string, right: string): boolean {
  if (op === '<') return compareBytes(left, right) < 0;
  if (op === '>') return compareBytes(left, right) > 0;
  return (left === right) === (op !== '!=');
}

/** arithcomp(): -eq -ne -lt -le -gt -ge on integers legal_number() accepted. */
export function arithmeticTest(op: string, left: bigint, right: bigint): boolean {
  switch (op) {
    case '-eq':
      return left === right;
    case '-ne':
      return left !== right;
    case '-lt':
      return left < right;
    case '-le':
      return left <= right;
    case '-gt':
      return left > right;
  }
  return left >= right;
}

export function isStringTestOp(op: string): boolean {
  return STRING_OPS.has(op);
}

export function isArithmeticOp(op: string): boolean {
  return ARITH_OPS.has(op);
}
