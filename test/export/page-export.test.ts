// The page's side of the export (src/share/export-script.ts, the `share --script` page command,
// the bug report's section): the script is downloaded as tracefs-session.sh, or copied when asked
// or when the download fails, and one line says which; bash's `export` is never taken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageCommand, type PageCommandHost } from '../../src/state/page-commands';
import { saveScript, scriptSource, SCRIPT_FILE, type ScriptSource } from '../../src/share/export-script';
import { bugReport } from '../../src/share/bug-report';

const TERM = { prompt: '# ', cwd: '/' };
const HOST: PageCommandHost = { undo: () => Promise.resolve(), share: () => Promise.resolve(null) };
const SCRIPT = '#!/usr/bin/env bash\necho hi\n';

function source(script: string | null = SCRIPT): ScriptSource & { calls: number } {
  const s = {
    calls: 0,
    exportScript: () => {
      s.calls++;
      return Promise.resolve(script);
    },
  };
  return s;
}

/** A document whose links record the file they download; `fail` makes the click throw. */
function fakeDocument(fail = false) {
  const downloads: string[] = [];
  vi.stubGlobal('document', {
    body: { append: () => {} },
    createElement: () => {
      const link = { href: '', download: '', hidden: false, remove: () => {}, click: () => {} };
      link.click = () => {
        if (fail) throw new Error('no downloads here');
        downloads.push(link.download);
      };
      return link;
    },
  });
  return downloads;
}

function fakeClipboard(works = true) {
  const copied: string[] = [];
  vi.stubGlobal('navigator', {
    clipboard: {
      writeText: (text: string) =>
        works ? (copied.push(text), Promise.resolve()) : Promise.reject(new Error('no')),
    },
  });
  return copied;
}

afterEach(() => vi.unstubAllGlobals());

describe('saving the script', () => {
  it('downloads it as tracefs-session.sh', async () => {
    const downloads = fakeDocument();
    expect(await saveScript(source())).toEqual({ saved: 'download', lines: 2 });
    expect(downloads).toEqual([SCRIPT_FILE]);
  });

  it('copies it when asked, or when the download fails, and says when neither worked', async () => {
    const copied = fakeClipboard();
    fakeDocument(true);
    expect(await saveScript(source())).toEqual({ saved: 'clipboard', lines: 2 });
    expect(await saveScript(source(), true)).toEqual({ saved: 'clipboard', lines: 2 });
    expect(copied).toEqual([SCRIPT, SCRIPT]);
    fakeClipboard(false);
    expect(await saveScript(source(), true)).toEqual({ saved: null, lines: 2 });
    expect(await saveScript(source(null))).toBeNull();
  });

  it('finds the worker call on the page state', () => {
    const state = { exportScript: () => Promise.resolve('x') };
    expect(scriptSource(state)).not.toBeNull();
    expect(scriptSource({})).toBeNull();
  });
});

describe('the share --script page command', () => {
  it('downloads the script and prints one line', async () => {
    fakeDocument();
    const step = await pageCommand(HOST, 'share --script', TERM, source());
    expect(step).toMatchObject({
      output: `Saved this session as ${SCRIPT_FILE} (2 lines); on a real kernel: sudo bash ${SCRIPT_FILE} (--check compares)\n`,
      status: 0,
      state: 'done',
      prompt: '# ',
    });
  });

  it('copies it with --copy', async () => {
    fakeClipboard();
    expect((await pageCommand(HOST, 'share --script --copy', TERM, source()))?.output).toBe(
      `Copied this session as a bash script (2 lines); save it as ${SCRIPT_FILE}, then: sudo bash ${SCRIPT_FILE} (--check compares)\n`,
    );
  });

  it('says when the script could not be made or saved', async () => {
    expect(await pageCommand(HOST, 'share --script', TERM, source(null))).toMatchObject({
      output: 'share: the script could not be made\n',
      status: 1,
    });
    fakeClipboard(false);
    expect(await pageCommand(HOST, 'share --script --copy', TERM, source())).toMatchObject({
      output: 'share: the clipboard is not available and the download failed\n',
      status: 1,
    });
  });

  it("never takes bash's export; a wrong option is a usage line", async () => {
    const s = source();
    for (const line of ['export', 'export X=1', 'export -p', 'echo share --script'])
      expect(pageCommand(HOST, line, TERM, s)).toBeNull();
    expect(await pageCommand(HOST, 'share --script --paste', TERM, s)).toMatchObject({
      output: 'usage: share --script [--copy]\n',
      status: 2,
    });
    expect(s.calls).toBe(0);
  });
});

describe('the bug report', () => {
  const log = {
    simulator: '0.2.0',
    profile: 'rfc-v2',
    steps: [{ term: 1, op: 'line' as const, text: 'ls' }],
  };

  it('says how to run the session on a real kernel when asked, without the script', () => {
    const report = bugReport({ log, checks: [], link: 'https://p.example/#s=1.x', script: true });
    expect(report).toContain('## On a real kernel\n');
    expect(report).toContain('`sudo bash tracefs-session.sh --check`');
    expect(report).not.toContain('#!/usr/bin/env bash');
    expect(report.indexOf('## On a real kernel')).toBeLessThan(report.indexOf('[Open this session'));
    expect(bugReport({ log, checks: [], link: '' })).not.toContain('On a real kernel');
  });
});
