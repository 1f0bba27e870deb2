// Commands the page answers itself at a fresh prompt, because they act on the session rather than
// the kernel: `share [TITLE]` copies a link to the session so far, `undo [N]` goes back N steps,
// `share --script` saves it as a bash script for a real kernel (`share --script --copy`: to the
// clipboard).
// They are not steps of the session: a replay shows neither them nor what they printed. The page
// loads this module only when a line may be one of them (playground.svelte.ts).
import type { TerminalStep } from '../../worker/protocol';
import { saveScript, SCRIPT_FILE, type ScriptSource } from '../share/export-script';

export interface PageCommandHost {
  undo(count: number): Promise<void>;
  /** The share link for the session so far (with `title`) and whether it reached the clipboard. */
  share(title?: string): Promise<{ link: string; copied: boolean } | null>;
}

export interface PageCommandTerminal {
  readonly prompt: string;
  readonly cwd: string;
}

/** The page's commands, for `help` and completion. */
export const PAGE_COMMANDS = ['share', 'undo'] as const;

/** The words of a line, if it is one of the page's commands; plain words only (no quoting rules but '…' and "…"). */
function words(line: string): string[] {
  return [...line.trim().matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

export function pageCommand(
  host: PageCommandHost,
  line: string,
  term: PageCommandTerminal,
  scripts: ScriptSource | null = null,
): Promise<TerminalStep> | null {
  const [name, ...args] = words(line);
  const answer = (output: string, status = 0): TerminalStep => ({
    output,
    state: 'done',
    status,
    prompt: term.prompt,
    cwd: term.cwd,
    treeVersion: -1,
    inspectVersion: -1,
    traceVersion: -1,
    step: -1,
    elsewhere: [],
  });
  if (name === 'undo') {
    const count = args.length === 0 ? 1 : /^\d{1,6}$/.test(args[0]) ? Number(args[0]) : NaN;
    if (args.length > 1 || !(count >= 1))
      return Promise.resolve(answer('usage: undo [N]  (N ≥ 1 steps)\n', 2));
    setTimeout(() => void host.undo(count), 0);
    return Promise.resolve(answer(''));
  }
  if (name === 'share' && args[0] === '--script' && scripts) {
    if (args.length > 2 || (args.length === 2 && args[1] !== '--copy'))
      return Promise.resolve(answer('usage: share --script [--copy]\n', 2));
    return saveScript(scripts, args.length === 2).then((made) => {
      if (!made) return answer('share: the script could not be made\n', 1);
      const run = `sudo bash ${SCRIPT_FILE} (--check compares)`;
      if (made.saved === 'download')
        return answer(
          `Saved this session as ${SCRIPT_FILE} (${made.lines} lines); on a real kernel: ${run}\n`,
        );
      if (made.saved === 'clipboard')
        return answer(
          `Copied this session as a bash script (${made.lines} lines); save it as ${SCRIPT_FILE}, then: ${run}\n`,
        );
      return answer('share: the clipboard is not available and the download failed\n', 1);
    });
  }
  if (name === 'share') {
    const title = args.join(' ').trim() || undefined;
    return host.share(title).then((shared) => {
      if (!shared) return answer('share: the link could not be made\n', 1);
      const where = shared.copied
        ? 'copied to the clipboard'
        : 'the clipboard is not available: copy it from here';
      const n = shared.link.length;
      return answer(
        `Link to this session (${n} character${n === 1 ? '' : 's'}), ${where}:\n${shared.link}\n`,
      );
    });
  }
  return null;
}
