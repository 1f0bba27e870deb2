// Models gnulib backupfile.c and argmatch.c as ln (and cp, mv) use them: the backup type of
// --backup=CONTROL or $VERSION_CONTROL (`none`/`off`, `simple`/`never`, `existing`/`nil`,
// `numbered`/`t`, any unambiguous prefix; `existing` when neither says), the simple suffix of -S or
// $SIMPLE_BACKUP_SUFFIX (`~` unless it is a plain name), and the backup's name: FILE~ or FILE.~N~
// one above the highest number already in FILE's directory.

import type { Syscalls } from '../../../kernel/syscall-table';
import { quote } from '../text/quoting';

export type BackupType = 'none' | 'simple' | 'existing' | 'numbered';

const BACKUP_ARGS: ReadonlyArray<[string, BackupType]> = [
  ['none', 'none'],
  ['off', 'none'],
  ['simple', 'simple'],
  ['never', 'simple'],
  ['existing', 'existing'],
  ['nil', 'existing'],
  ['numbered', 'numbered'],
  ['t', 'numbered'],
];

/** argmatch_valid(): the list of valid arguments, synonyms on one line. */
function validArguments(): string {
  let out = 'Valid arguments are:';
  BACKUP_ARGS.forEach(([arg, type], i) => {
    out += i > 0 && BACKUP_ARGS[i - 1][1] === type ? `, ${quote(arg)}` : `\n  - ${quote(arg)}`;
  });
  return out + '\n';
}

/** A bad CONTROL: the diagnostic line, then the lines `Valid arguments are:` ... (for stderr). */
export interface BackupTypeError {
  readonly message: string;
  readonly valid: string;
}

/** argmatch(): an exact name, or a prefix all of whose matches mean the same type. */
function argmatch(context: string, arg: string): BackupType | BackupTypeError {
  const exact = BACKUP_ARGS.find(([name]) => name === arg);
  if (exact) return exact[1];
  const hits = BACKUP_ARGS.filter(([name]) => name.startsWith(arg));
  if (hits.length > 0 && hits.every(([, type]) => type === hits[0][1])) return hits[0][1];
  const problem = hits.length === 0 ? 'invalid' : 'ambiguous';
  return { message: `${problem} argument ${quote(arg)} for ${quote(context)}`, valid: validArguments() };
}

/** xget_version(): the type --backup=CONTROL asks for, else $VERSION_CONTROL's, else `existing`. */
export function backupType(
  control: string | undefined,
  env: ReadonlyMap<string, string>,
): BackupType | BackupTypeError {
  if (control) return argmatch('backup type', control);
  const fromEnv = env.get('VERSION_CONTROL');
  return fromEnv ? argmatch('$VERSION_CONTROL', fromEnv) : 'existing';
}

/** set_simple_backup_suffix(): -S, else $SIMPLE_BACKUP_SUFFIX, when it is a plain name; else `~`. */
export function simpleBackupSuffix(suffix: string | undefined, env: ReadonlyMap<string, string>): string {
  const s = suffix ?? env.get('SIMPLE_BACKUP_SUFFIX');
  return s && !s.includes('/') ? s : '~';
}

/** The highest N of the `BASE.~N~` names in `dir` (0 when there is none). */
function highestVersion(sys: Syscalls, dir: string, base: string): number {
  const listed = sys.readdir(dir);
  if (!listed.ok) return 0;
  let highest = 0;
  const prefix = base + '.~';
  for (const e of listed.value) {
    if (!e.name.startsWith(prefix) || !e.name.endsWith('~')) continue;
    const digits = e.name.slice(prefix.length, -1);
    if (/^[1-9][0-9]*$/.test(digits)) highest = Math.max(highest, Number(digits));
  }
  return highest;
}

/** find_backup_file_name(): the name `file` is to be renamed to before it is replaced. */
export function backupFileName(sys: Syscalls, file: string, type: BackupType, suffix: string): string {
  if (type === 'simple') return file + suffix;
  const slash = file.lastIndexOf('/');
  const dir = slash < 0 ? '.' : file.slice(0, slash + 1);
  const highest = highestVersion(sys, dir, file.slice(slash + 1));
  if (type === 'existing' && highest === 0) return file + suffix;
  return `${file}.~${highest + 1}~`;
}
