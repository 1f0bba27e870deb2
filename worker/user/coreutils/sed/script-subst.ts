// Models how compile.c reads the commands that carry delimited strings: `s/RE/REPLACEMENT/FLAGS`
// (flags g p N i I m M e w FILE, mark_subst_opts) and `y/SOURCE/DEST/`, and how it compiles a
// regular expression (compile_regex): `//` stands for the last one used, and takes no flags.

import { SedRegex } from './match';
import type { OutputFile } from './output';
import type { Subst } from './program';
import { parseReplacement } from './replacement';
import { EOF, SedExit, type ScriptReader } from './script-text';

export interface RegexSettings {
  readonly extended: boolean;
  /** --posix: no GNU extensions. */
  readonly posix: boolean;
  readonly sandbox: boolean;
  /** The line delimiter (newline, or NUL with -z). */
  readonly delimiter: string;
}

/** compile_regex(): null for the empty regex; `neededSub` is the highest group the replacement uses, plus one. */
export function compileRegex(
  r: ScriptReader,
  pattern: string,
  icase: boolean,
  multiline: boolean,
  neededSub: number,
  settings: RegexSettings,
): SedRegex | null {
  if (pattern === '') {
    if (icase || multiline) r.fail('cannot specify modifiers on empty regexp');
    return null;
  }
  const re = SedRegex.compile(r.normalize(pattern, 'regex'), {
    extended: settings.extended,
    icase,
    newline: multiline ? settings.delimiter.charCodeAt(0) : null,
    gnuOps: !settings.posix,
  });
  if ('message' in re) {
    if (re.panic) throw new SedExit(re.message, 4);
    r.fail(re.message);
  }
  if (neededSub > 0 && re.groups < neededSub - 1 && !settings.posix) {
    r.fail(`invalid reference \\${neededSub - 1} on \`s' command's RHS`);
  }
  return re;
}

/** The `s` command after its letter. */
export function readSubst(
  r: ScriptReader,
  settings: RegexSettings,
  /** The `w` flag: reads the file name and opens it. */
  openWrite: () => OutputFile,
): Subst {
  const slash = r.inchar();
  const pattern = r.delimited(slash, true);
  if (pattern === null) r.fail("unterminated `s' command");
  const rhs = r.delimited(slash, false);
  if (rhs === null) r.fail("unterminated `s' command");
  const { parts, maxRef } = parseReplacement(r.normalize(rhs, 'replacement'), settings.posix);
  let icase = false;
  let multiline = false;
  let global = false;
  let print = 0;
  let evaluate = false;
  let nth = 0;
  let out: OutputFile | null = null;
  const gnu = () => {
    if (settings.posix) r.fail("unknown option to `s'");
  };
  for (let done = false; !done;) {
    const ch = r.inNonblank();
    switch (ch) {
      case 'i':
      case 'I':
        gnu();
        icase = true;
        break;
      case 'm':
      case 'M':
        gnu();
        multiline = true;
        break;
      case 'e':
        gnu();
        evaluate = true;
        break;
      case 'p':
        if (print) r.fail("multiple `p' options to `s' command");
        print |= evaluate ? 2 : 1;
        break;
      case 'g':
        if (global) r.fail("multiple `g' options to `s' command");
        global = true;
        break;
      case 'w':
        out = openWrite();
        done = true;
        break;
      case '}':
      case '#':
        r.savchar(ch);
        done = true;
        break;
      case EOF:
      case '\n':
      case ';':
        done = true;
        break;
      default:
        if (r.isDigit(ch)) {
          if (nth) r.fail("multiple number options to `s' command");
          nth = r.inInteger(ch);
          if (!nth) r.fail("number option to `s' command may not be zero");
          break;
        }
        if (ch === '\r' && r.inchar() === '\n') {
          done = true;
          break;
        }
        r.fail("unknown option to `s'");
    }
  }
  const regex = compileRegex(r, pattern, icase, multiline, maxRef + 1, settings);
  if (evaluate && settings.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
  return { regex, replacement: parts, global, print, evaluate, nth, out };
}

/** The `y` command after its letter: the table of what each byte becomes. */
export function readTranslate(r: ScriptReader): string {
  const slash = r.inchar();
  const source = r.delimited(slash, false);
  if (source === null) r.fail("unterminated `y' command");
  const src = r.normalize(source, 'buffer');
  const dest = r.delimited(slash, false);
  if (dest === null) r.fail("unterminated `y' command");
  const dst = r.normalize(dest, 'buffer');
  if (src.length !== dst.length) r.fail("strings for `y' command are different lengths");
  const table: string[] = [];
  for (let c = 0; c < 256; c++) table.push(String.fromCharCode(c));
  for (let i = 0; i < src.length; i++) table[src.charCodeAt(i)] = dst[i];
  r.endOfCommand();
  return table.join('');
}
