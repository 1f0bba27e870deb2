// The open part of the tree as the rows the view shows, in display order: a directory's row, then
// (when it is open and listed) its children's, with the ARIA level, position and set size of each.
import type { DirListing, TreeNode } from '../../worker/protocol';

export interface TreeRow {
  node: TreeNode;
  /** 1 for the root, as aria-level counts. */
  level: number;
  expanded: boolean;
  posinset: number;
  setsize: number;
  parent: string | null;
  /** Why an open directory shows no children (Permission denied ...). */
  error?: string;
}

export const ROOT_NODE: TreeNode = {
  name: '/',
  path: '/',
  kind: 'dir',
  mode: 0o40755,
  modeText: 'drwxr-xr-x',
  owner: 'root',
  group: 'root',
  nlink: 0,
  size: 0,
  marks: [],
};

/** Open at first: the way from / to the tracing namespaces. */
export const DEFAULT_OPEN = [
  '/',
  '/sys',
  '/sys/kernel',
  '/sys/kernel/tracing',
  '/sys/kernel/tracing/namespaces',
];

export function flatten(listings: Record<string, DirListing>, openDirs: readonly string[]): TreeRow[] {
  const open = new Set(openDirs);
  const rows: TreeRow[] = [];
  const visit = (node: TreeNode, level: number, posinset: number, setsize: number, parent: string | null) => {
    const expanded = node.kind === 'dir' && open.has(node.path);
    const listing = expanded ? listings[node.path] : undefined;
    rows.push({ node, level, expanded, posinset, setsize, parent, error: listing?.error });
    const children = listing?.entries ?? [];
    children.forEach((child, i) => visit(child, level + 1, i + 1, children.length, node.path));
  };
  visit(ROOT_NODE, 1, 1, 1, null);
  return rows;
}
