// A session saved as a bash script for a real Linux kernel (the worker writes it: docs/export.md):
// downloaded as tracefs-session.sh, or put on the clipboard when asked (or when the browser
// refuses the download). The Session panel and the `share --script` page command use it; the page's
// state provides the worker's answer (ScriptSource).
import type { SessionLog } from '../../worker/protocol';

export const SCRIPT_FILE = 'tracefs-session.sh';

/** Who makes the script: the page's state, through the worker (null when the worker failed). */
export interface ScriptSource {
  exportScript(log?: SessionLog): Promise<string | null>;
}

/** What happened to the script: where it went (null: nowhere), and its length in lines. */
export interface ScriptSaved {
  saved: 'download' | 'clipboard' | null;
  lines: number;
}

/** `state` as a ScriptSource, when it has the worker's `exportScript` (the page's state does). */
export function scriptSource(state: object): ScriptSource | null {
  const fn = (state as Partial<ScriptSource>).exportScript;
  return typeof fn === 'function' ? { exportScript: (log) => fn.call(state, log) } : null;
}

/** What this module needs of the page's globals (typed here: Node tests load it too). */
interface PageGlobals {
  document?: {
    createElement(tag: 'a'): {
      href: string;
      download: string;
      hidden: boolean;
      click(): void;
      remove(): void;
    };
    body: { append(node: unknown): void };
  };
  navigator?: { clipboard?: { writeText(text: string): Promise<void> } };
}

const page = () => globalThis as PageGlobals;

/** Starts the download of `text` as `file`; false when the browser could not. */
export function downloadText(text: string, file = SCRIPT_FILE): boolean {
  const document = page().document;
  if (!document) return false;
  try {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/x-shellscript' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

/** Makes the script of the session so far and downloads it, or copies it (`copy`, or no download). */
export async function saveScript(source: ScriptSource, copy = false): Promise<ScriptSaved | null> {
  const script = await source.exportScript();
  if (script === null) return null;
  const lines = script.split('\n').length - 1;
  if (!copy && downloadText(script)) return { saved: 'download', lines };
  const copied = await (page()
    .navigator?.clipboard?.writeText(script)
    .then(
      () => true,
      () => false,
    ) ?? false);
  return { saved: copied ? 'clipboard' : null, lines };
}
