// The side view of one file: which path is shown and what the worker read of it (held raw). It is
// read again after every command, since tracefs files change without the tree changing.
import type { FileContents } from '../../worker/protocol';

export interface FileSource {
  read(path: string, maxBytes: number): Promise<FileContents | null>;
}

/** How much of a file the side view shows. */
export const FILE_VIEW_MAX_BYTES = 64 * 1024;

export class FileViewState {
  path = $state<string | null>(null);
  contents = $state.raw<FileContents | null>(null);
  loading = $state(false);

  constructor(private readonly source: FileSource) {}

  open(path: string): Promise<void> {
    this.path = path;
    this.contents = null;
    return this.refresh();
  }

  async refresh(): Promise<void> {
    const path = this.path;
    if (!path) return;
    this.loading = true;
    const contents = await this.source.read(path, FILE_VIEW_MAX_BYTES);
    if (this.path === path && contents) this.contents = contents;
    this.loading = false;
  }

  close(): void {
    this.path = null;
    this.contents = null;
  }
}
