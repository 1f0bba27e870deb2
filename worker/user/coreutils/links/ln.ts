// Models GNU coreutils 9.1 ln: its four forms (TARGET LINK_NAME, TARGET, TARGET... DIRECTORY,
// -t DIRECTORY TARGET...), -s, -f, -i, -n, -T, -t, -v, -r, -L/-P, -d/-F, -b/--backup[=CONTROL]/-S, in
// ln.c's order: one atomic link attempt for two operands, then the last operand as a directory, then
// each link through do_link() (ln-link.ts). Long options take any unambiguous prefix (getopt_long).

import { EEXIST, EINVAL, ENOTDIR, strerror } from '../../../kernel/lib/errno';
import { encodeText } from '../../bytes';
import type { Proc, ProcessContext } from '../../process';
import { getopt, type LongOption } from '../bytes/getopt';
import { usageError } from '../bytes/usage';
import { isDirMode } from '../format';
import { quoteFile } from '../text/quoting';
import { Tool } from '../tool';
import { backupType, simpleBackupSuffix } from './backup';
import { atomicLink, doLink, type LnOptions } from './ln-link';
import { fileNameConcat, lastComponent } from './names';

const LONG: Readonly<Record<string, LongOption>> = {
  backup: { key: 'backup', arg: 'optional' },
  directory: { key: 'F', arg: 'none' },
  'no-dereference': { key: 'n', arg: 'none' },
  'no-target-directory': { key: 'T', arg: 'none' },
  force: { key: 'f', arg: 'none' },
  interactive: { key: 'i', arg: 'none' },
  suffix: { key: 'S', arg: 'required' },
  'target-directory': { key: 't', arg: 'required' },
  logical: { key: 'L', arg: 'none' },
  physical: { key: 'P', arg: 'none' },
  relative: { key: 'r', arg: 'none' },
  symbolic: { key: 's', arg: 'none' },
  verbose: { key: 'v', arg: 'none' },
  help: { key: 'help', arg: 'none' },
  version: { key: 'version', arg: 'none' },
};

const VERSION =
  'ln (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\n' +
  'License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n' +
  'This is free software: you are free to change and redistribute it.\n' +
  'There is NO WARRANTY, to the extent permitted by law.\n\n' +
  'Written by Mike Parker and David MacKenzie.\n';

const quoteaf = (name: string) => quoteFile(name, true);

/** What the options say before any link is made, or the status ln exits with. */
interface Parsed {
  o: LnOptions;
  files: string[];
  targetDirectory: string | null;
  noTargetDirectory: boolean;
  makeBackups: boolean;
  control: string | undefined;
  suffix: string | undefined;
}

function parse(t: Tool): Parsed | number {
  const p = getopt({ short: 'bdfinrst:vFLPS:T', long: LONG }, t.ctx.argv.slice(1));
  if ('error' in p) return usageError(t, p.error);
  const o: LnOptions = {
    symbolic: false,
    relative: false,
    logical: false,
    interactive: false,
    remove: false,
    verbose: false,
    hardDirLink: false,
    derefDestDirSymlinks: true,
    backup: 'none',
    suffix: '~',
  };
  const r: Parsed = {
    o,
    files: p.operands,
    targetDirectory: null,
    noTargetDirectory: false,
    makeBackups: false,
    control: undefined,
    suffix: undefined,
  };
  for (const [key, arg] of p.options) {
    if (key === 'help') return usageError(t, null, 0);
    if (key === 'version') {
      t.out.write(VERSION);
      return t.finish(0);
    }
    if (key === 'b' || key === 'backup') {
      r.makeBackups = true;
      if (arg !== undefined) r.control = arg;
    } else if (key === 'd' || key === 'F') o.hardDirLink = true;
    else if (key === 'f') [o.remove, o.interactive] = [true, false];
    else if (key === 'i') [o.remove, o.interactive] = [false, true];
    else if (key === 'L' || key === 'P') o.logical = key === 'L';
    else if (key === 'n') o.derefDestDirSymlinks = false;
    else if (key === 'r') o.relative = true;
    else if (key === 's') o.symbolic = true;
    else if (key === 'T') r.noTargetDirectory = true;
    else if (key === 'v') o.verbose = true;
    else if (key === 'S') [r.makeBackups, r.suffix] = [true, arg];
    else if (key === 't') {
      const dir = arg ?? '';
      if (r.targetDirectory !== null) return fatal(t, 'multiple target directories specified');
      const st = t.sys.stat(dir);
      if (!st.ok) return fatal(t, `failed to access ${quoteaf(dir)}: ${strerror(st.err)}`);
      if (!isDirMode(st.value.mode)) return fatal(t, `target ${quoteaf(dir)} is not a directory`);
      r.targetDirectory = dir;
    }
  }
  return r;
}

/** error (EXIT_FAILURE, ...): the message and status 1. */
function fatal(t: Tool, message: string): number {
  t.error(message);
  return t.finish(1);
}

/** open(DIR, O_PATHSEARCH | O_DIRECTORY [| O_NOFOLLOW]): 0 when DIR is a directory, else -errno. */
function directoryError(t: Tool, dir: string, follow: boolean): number {
  const st = follow ? t.sys.stat(dir) : t.sys.lstat(dir);
  if (!st.ok) return st.err;
  return isDirMode(st.value.mode) ? 0 : -ENOTDIR;
}

export function* ln(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'ln');
  const r = parse(t);
  if (typeof r === 'number') return r;
  const { o, files } = r;
  let n = files.length;
  let targetDirectory = r.targetDirectory;
  let linkErrno = -1;
  if (n <= 0) return usageError(t, 'missing file operand');
  if (o.relative && !o.symbolic) return fatal(t, 'cannot do --relative without --symbolic');
  if (r.noTargetDirectory) {
    if (targetDirectory !== null) {
      return fatal(t, 'cannot combine --target-directory and --no-target-directory');
    }
    if (n !== 2) {
      if (n < 2) return usageError(t, `missing destination file operand after ${quoteaf(files[0])}`);
      return usageError(t, `extra operand ${quoteaf(files[2])}`);
    }
  } else if (n < 2 && targetDirectory === null) targetDirectory = '.';
  else {
    if (n === 2 && targetDirectory === null) linkErrno = atomicLink(t, o, files[0], files[1]);
    if (linkErrno < 0 || linkErrno === EEXIST || linkErrno === ENOTDIR || linkErrno === EINVAL) {
      const d = targetDirectory ?? files[n - 1];
      const err = directoryError(t, d, o.derefDestDirSymlinks);
      if (err === 0) {
        if (targetDirectory === null) n--;
        targetDirectory = d;
      } else if (!(n === 2 && targetDirectory === null)) {
        return fatal(t, `target ${quoteaf(d)}: ${strerror(err)}`);
      }
    }
  }
  if (r.makeBackups) {
    const type = backupType(r.control, ctx.env);
    if (typeof type !== 'string') {
      t.error(type.message);
      ctx.sys.write(2, encodeText(type.valid));
      return usageError(t, null);
    }
    o.backup = type;
    o.suffix = simpleBackupSuffix(r.suffix, ctx.env);
  }
  let ok = true;
  if (targetDirectory !== null) {
    const dir = targetDirectory;
    if (n >= 2 && o.remove && !o.symbolic && o.backup !== 'numbered') o.destSet = new Set();
    for (const file of files.slice(0, n)) {
      const destBase = lastComponent(file).replace(/\/+$/, '');
      const dest = fileNameConcat(dir, destBase);
      const path = destBase === '' ? '' : dest;
      ok = (yield* doLink(t, o, file, path, dest, -1)) && ok;
    }
  } else ok = yield* doLink(t, o, files[0], files[1], files[1], linkErrno);
  return t.finish(ok ? 0 : 1);
}
