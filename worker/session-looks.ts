// The page's looks at the machine, apart from the terminals' steps: its one tree (the terminal and
// point of view it looks through, the directories it watches and their version), the file view,
// Tab completion, the points of view on offer, and the inspectors, which look at the host through
// the first open terminal's login task. Every look is a quiet system call (Kernel.observe), so
// looking never moves the virtual clock.

import type { Kernel } from './kernel/boot';
import type { Syscalls } from './kernel/syscall-table';
import { listDirs } from './session-tree';
import { completeLine } from './session-complete';
import { readFile } from './session-files';
import { Inspector } from './session-inspect';
import { containerView, listViews, sameView } from './session-views';
import type {
  Completion,
  FileContents,
  InspectSnapshot,
  TerminalStep,
  TraceSnapshot,
  TreeSnapshot,
  ViewInfo,
  ViewSpec,
} from './protocol';

/** What the looks need of one terminal: its login task's and its foreground shell's quiet calls. */
export interface LookedTerminal {
  readonly look: Syscalls;
  foreground(): Syscalls;
}

/** The machine as the looks see it. */
export interface LookedMachine {
  kernel(): Kernel;
  terminal(id: number): LookedTerminal | undefined;
  /** The first open terminal, or undefined when none is. */
  first(): LookedTerminal | undefined;
}

export type Versions = Pick<TerminalStep, 'treeVersion' | 'inspectVersion' | 'traceVersion'>;

export class PageLooks {
  private session = 1;
  private view: ViewSpec = { kind: 'terminal' };
  /** Watched directory -> the signature of its last listing. */
  private watched = new Map<string, string>();
  private treeVersion = 0;
  /** Made on the page's first `inspect` or `traceRows`. */
  private inspector: Inspector | null = null;

  constructor(
    private readonly machine: LookedMachine,
    private readonly commands: readonly string[],
  ) {}

  versions(): Versions {
    return {
      treeVersion: this.treeVersion,
      inspectVersion: this.inspector?.version ?? 0,
      traceVersion: this.inspector?.trace.version ?? 0,
    };
  }

  complete(t: LookedTerminal, line: string, cursor: number): Completion {
    return completeLine(t.foreground(), this.commands, line, cursor);
  }

  views(t: LookedTerminal): ViewInfo[] {
    return listViews(t.look);
  }

  /**
   * Lists `paths` as terminal `id` sees them from `view`, and makes `watch` the directories whose
   * changes bump the tree version (the page has one tree: the last call says what it looks at).
   */
  tree(id: number, t: LookedTerminal, paths: string[], watch: string[], view: ViewSpec): TreeSnapshot {
    if (this.session !== id || !sameView(this.view, view)) this.watched = new Map();
    this.session = id;
    this.view = view;
    const sys = this.sees(t, view);
    const dirs = listDirs(sys, paths);
    const known = new Map(dirs.map((d) => [d.path, JSON.stringify(d)]));
    const next = new Map<string, string>();
    for (const path of watch) next.set(path, known.get(path) ?? this.watched.get(path) ?? '');
    const unknown = [...next].filter(([, sig]) => sig === '').map(([path]) => path);
    for (const d of listDirs(sys, unknown)) next.set(d.path, JSON.stringify(d));
    this.watched = next;
    return { treeVersion: this.treeVersion, cwd: t.foreground().getcwd(), dirs };
  }

  readFile(t: LookedTerminal, path: string, maxBytes: number, view: ViewSpec): FileContents {
    return readFile(this.sees(t, view), path, maxBytes);
  }

  inspect(): InspectSnapshot {
    return this.inspectorOf().snapshot();
  }

  traceRows(sinceSeq: number, max: number): TraceSnapshot {
    return this.inspectorOf().trace.rows(sinceSeq, max);
  }

  /** After a step: the watched directories are listed again, the inspectors check what changed. */
  check(): void {
    const t = this.machine.terminal(this.session);
    if (t) {
      let changed = false;
      for (const d of listDirs(this.sees(t, this.view), [...this.watched.keys()])) {
        const sig = JSON.stringify(d);
        if (this.watched.get(d.path) !== sig) changed = true;
        this.watched.set(d.path, sig);
      }
      if (changed) this.treeVersion++;
    }
    if (this.machine.first()) this.inspector?.check();
  }

  private inspectorOf(): Inspector {
    return (this.inspector ??= new Inspector(this.machine.kernel(), () => this.machine.first()!.look));
  }

  /** A point of view of terminal `t`; a container that is gone shows the host. */
  private sees(t: LookedTerminal, v: ViewSpec): Syscalls {
    if (v.kind === 'terminal') return t.foreground();
    if (v.kind === 'container') return containerView(this.machine.kernel(), t.look, v.name) ?? t.look;
    return t.look;
  }
}
