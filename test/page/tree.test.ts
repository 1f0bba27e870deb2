// The tree's rows and the paths it types into the prompt.
import { describe, expect, it } from 'vitest';
import type { DirListing, TreeNode } from '../../worker/protocol';
import { flatten } from '../../src/tree/flatten';
import { relativePath, shellWord } from '../../src/terminal/paths';

function node(path: string, kind: TreeNode['kind'] = 'dir'): TreeNode {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return {
    name,
    path,
    kind,
    mode: 0,
    modeText: '',
    owner: 'root',
    group: 'root',
    nlink: 1,
    size: 0,
    marks: [],
  };
}

describe('flatten', () => {
  const listings: Record<string, DirListing> = {
    '/': { path: '/', entries: [node('/etc'), node('/sys'), node('/x', 'file')] },
    '/sys': { path: '/sys', entries: [node('/sys/kernel')] },
    '/etc': { path: '/etc', entries: null, errno: 13, error: 'Permission denied' },
  };

  it('lists open directories depth first with ARIA level, position and set size', () => {
    const rows = flatten(listings, ['/', '/sys', '/etc']);
    expect(rows.map((r) => [r.node.path, r.level, r.posinset, r.setsize, r.expanded])).toEqual([
      ['/', 1, 1, 1, true],
      ['/etc', 2, 1, 3, true],
      ['/sys', 2, 2, 3, true],
      ['/sys/kernel', 3, 1, 1, false],
      ['/x', 2, 3, 3, false],
    ]);
    expect(rows[1].error).toBe('Permission denied');
    expect(rows[3].parent).toBe('/sys');
  });

  it('shows nothing below a closed directory even when its listing is known', () => {
    expect(flatten(listings, ['/']).map((r) => r.node.path)).toEqual(['/', '/etc', '/sys', '/x']);
  });

  it('flattens thousands of entries quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) => node(`/e/ev${i}`));
    const rows = flatten({ '/': { path: '/', entries: [node('/e')] }, '/e': { path: '/e', entries: many } }, [
      '/',
      '/e',
    ]);
    expect(rows).toHaveLength(5002);
  });
});

describe('paths typed into the prompt', () => {
  const cases: Array<[string, string, string]> = [
    ['/sys/kernel/tracing', '/sys/kernel/tracing/namespaces/demo', 'namespaces/demo'],
    ['/sys/kernel/tracing', '/sys/kernel/tracing', '.'],
    ['/sys/kernel/tracing', '/sys/kernel/tracingx', '/sys/kernel/tracingx'],
    ['/', '/etc/passwd', 'etc/passwd'],
    ['/root', '/tmp', '/tmp'],
  ];
  for (const [cwd, path, expected] of cases) {
    it(`${path} from ${cwd}`, () => expect(relativePath(cwd, path)).toBe(expected));
  }

  it('quotes words the shell would split or expand', () => {
    expect(shellWord('namespaces/demo')).toBe('namespaces/demo');
    expect(shellWord('namespaces/my ns')).toBe("'namespaces/my ns'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('$x')).toBe("'$x'");
  });
});
