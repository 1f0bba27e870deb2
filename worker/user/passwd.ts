// Models the C library's user database (getpwuid, getpwnam, getgrgid, getgrnam) over /etc/passwd
// and /etc/group, read through the caller's own system calls, so a container sees its own files.

import type { Syscalls } from '../kernel/syscall-table';
import { decodeUtf8 } from '../kernel/lib/utf8';
import { readFileSync } from './process';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

function records(sys: Syscalls, path: string): string[][] {
  const bytes = readFileSync(sys, path);
  if (!bytes) return [];
  return decodeUtf8(bytes)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(':'));
}

/** The user database as one process sees it at one moment. */
export class UserDb {
  readonly users: PasswdEntry[];
  readonly groups: GroupEntry[];

  constructor(sys: Syscalls) {
    this.users = records(sys, '/etc/passwd')
      .filter((f) => f.length >= 7)
      .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] }));
    this.groups = records(sys, '/etc/group')
      .filter((f) => f.length >= 3)
      .map((f) => ({ name: f[0], gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
  }

  userById(uid: number): PasswdEntry | null {
    return this.users.find((u) => u.uid === uid) ?? null;
  }

  userByName(name: string): PasswdEntry | null {
    return this.users.find((u) => u.name === name) ?? null;
  }

  groupById(gid: number): GroupEntry | null {
    return this.groups.find((g) => g.gid === gid) ?? null;
  }

  groupByName(name: string): GroupEntry | null {
    return this.groups.find((g) => g.name === name) ?? null;
  }

  /** A user's name, or the number when the database has none (as ls and stat print it). */
  userName(uid: number): string {
    return this.userById(uid)?.name ?? String(uid);
  }

  groupName(gid: number): string {
    return this.groupById(gid)?.name ?? String(gid);
  }
}
