// Where `container` keeps what it knows: /run/containers/NAME/config on the host's root file
// system, one `key=value` line per fact (name, user, uid, gid, init pid, one `bind=SRC:DST` per
// bind mount), and /run/containers/NAME/rootfs, the directory the container's root is mounted on
// (in the container's namespace only). Any root shell of the machine reads the same files.

import { ENOENT } from '../../kernel/lib/errno';
import type { Syscalls } from '../../kernel/syscall-table';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/syscalls';
import { decodeUtf8 } from '../../kernel/lib/utf8';
import { encodeText } from '../bytes';
import { readFileSync, writeAll } from '../process';
import type { Bind } from './container-runtime';

export const STATE_DIR = '/run/containers';

export interface ContainerConfig {
  name: string;
  user: string;
  uid: number;
  gid: number;
  /** The pid of the task that holds the container's mount namespace. */
  init: number;
  binds: Bind[];
}

export class ContainerStore {
  constructor(private readonly sys: Syscalls) {}

  private dir(name: string): string {
    return `${STATE_DIR}/${name}`;
  }

  rootfs(name: string): string {
    return `${this.dir(name)}/rootfs`;
  }

  /** Makes the container's directories; -EEXIST when the name is taken. */
  create(name: string): number {
    for (const [dir, mode] of [
      ['/run', 0o755],
      [STATE_DIR, 0o700],
    ] as const) {
      if (this.sys.stat(dir).ok) continue;
      const err = this.sys.mkdir(dir, mode);
      if (err < 0) return err;
    }
    const err = this.sys.mkdir(this.dir(name), 0o700);
    return err < 0 ? err : this.sys.mkdir(this.rootfs(name), 0o755);
  }

  write(c: ContainerConfig): number {
    const lines = [
      `name=${c.name}`,
      `user=${c.user}`,
      `uid=${c.uid}`,
      `gid=${c.gid}`,
      `init=${c.init}`,
      ...c.binds.map((b) => `bind=${b.source}:${b.target}`),
    ];
    const fd = this.sys.open(`${this.dir(c.name)}/config`, O_WRONLY | O_CREAT | O_TRUNC, 0o600);
    if (fd < 0) return fd;
    const err = writeAll(this.sys, fd, encodeText(lines.join('\n') + '\n'));
    this.sys.close(fd);
    return err;
  }

  /** A container's config, or a negative errno (ENOENT: no such container). */
  read(name: string): ContainerConfig | number {
    if (name.includes('/') || name === '.' || name === '..') return -ENOENT;
    const st = this.sys.stat(`${this.dir(name)}/config`);
    if (!st.ok) return st.err;
    const bytes = readFileSync(this.sys, `${this.dir(name)}/config`);
    if (!bytes) return -ENOENT;
    const c: ContainerConfig = { name, user: '', uid: 0, gid: 0, init: 0, binds: [] };
    for (const line of decodeUtf8(bytes).split('\n')) {
      const eq = line.indexOf('=');
      const [key, value] = [line.slice(0, eq), line.slice(eq + 1)];
      if (key === 'user') c.user = value;
      else if (key === 'uid' || key === 'gid' || key === 'init') c[key] = Number(value);
      else if (key === 'bind') {
        const colon = value.lastIndexOf(':');
        c.binds.push({ source: value.slice(0, colon), target: value.slice(colon + 1) });
      }
    }
    return c;
  }

  /** The names of every container, in byte order (none before the first `run`), or a negative errno. */
  names(): string[] | number {
    const r = this.sys.readdir(STATE_DIR);
    if (!r.ok) return r.err === -ENOENT ? [] : r.err;
    return r.value.map((e) => e.name).sort();
  }

  /** Removes what `create` and `write` made (the init is already gone). */
  remove(name: string): void {
    this.sys.unlink(`${this.dir(name)}/config`);
    this.sys.rmdir(this.rootfs(name));
    this.sys.rmdir(this.dir(name));
  }
}
