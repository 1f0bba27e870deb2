// Credentials and signals (kernel/sys.c setres*id + setgroups, kernel/signal.c kill and signal):
// setcred needs root and cannot be undone by the user it made; kill needs root or the same uid,
// ends a task with its descriptors closed (a busy namespace becomes removable), honours SIG_IGN
// (the login shell ignores SIGTERM) but not for SIGKILL; exec puts dispositions back to default.

import { describe, expect, it } from 'vitest';
import { EACCES, EBUSY, EINVAL, EPERM } from '../../../worker/kernel/lib/errno';
import { ESRCH, SIGCHLD, SIGHUP, SIGKILL, SIGSTOP, SIGTERM } from '../../../worker/kernel/syscalls';
import { bootRoot, mustOpen, O_RDWR, register, spawnProgram, TRACING } from '../helpers';

const NS = `${TRACING}/namespaces`;

describe('setcred (setresuid + setresgid + setgroups)', () => {
  it('root becomes a user, who can neither go back nor become someone else', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    expect(child.setcred(1000, 1000, [1001])).toBe(0);
    expect([child.getuid(), child.getgid(), child.getgroups()]).toEqual([1000, 1000, [1001]]);
    expect(sys.getuid()).toBe(0);
    expect(child.setcred(0, 0, [])).toBe(-EPERM);
    expect(child.setcred(1001, 1001, [])).toBe(-EPERM);
    // the forked child of the user keeps the user's credentials
    expect(child.fork().getuid()).toBe(1000);
    child.exit();
  });

  it.each([
    [-1, 0, []],
    [0, 2 ** 32 - 1, []],
    [0, 0, [1.5]],
  ])('rejects ids that are not 0..2^32-2: %s %s %j', (uid, gid, groups) => {
    const { sys } = bootRoot();
    expect(sys.setcred(uid, gid, groups)).toBe(-EINVAL);
  });

  it('permission checks follow the new credentials at once', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    expect(child.open(`${TRACING}/trace`, 0)).toBeGreaterThanOrEqual(0);
    child.setcred(1000, 1000, []);
    expect(child.open(`${TRACING}/trace`, 0)).toBe(-EACCES);
    child.exit();
  });
});

describe('kill and signal', () => {
  it('checks pid, signal number and permission', () => {
    const { k, sys } = bootRoot();
    const alice = k.login({ uid: 1000 }).sys;
    const target = spawnProgram(sys, 'app');
    expect(sys.kill(99999, SIGTERM)).toBe(-ESRCH);
    expect(sys.kill(0, SIGTERM)).toBe(-ESRCH);
    expect(sys.kill(target.pid, 65)).toBe(-EINVAL);
    expect(sys.kill(target.pid, SIGSTOP)).toBe(-EINVAL);
    expect(alice.kill(target.pid, SIGTERM)).toBe(-EPERM);
    expect(alice.kill(target.pid, 0)).toBe(-EPERM);
    expect(sys.kill(target.pid, 0)).toBe(0);
    expect(target.termSignal()).toBe(0);
    // alice may signal her own tasks
    const own = spawnProgram(alice, 'own');
    expect(alice.kill(own.pid, SIGTERM)).toBe(0);
    expect(own.termSignal()).toBe(SIGTERM);
    target.exit();
    alice.exit();
  });

  it('ends the task with its descriptors closed, so its namespace can go', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const app = spawnProgram(sys, 'app');
    const fd = mustOpen(app, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(app, fd, 'tick u32 n').ret).toBe(0);
    const map = app.mmap(mustOpen(app, `${NS}/ns1/root/user_events_status`, 0), 4096);
    expect(map.ok).toBe(true);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(sys.kill(app.pid, SIGTERM)).toBe(0);
    expect(app.termSignal()).toBe(SIGTERM);
    expect(sys.processes().some((p) => p.pid === app.pid)).toBe(false);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(sys.kill(app.pid, SIGTERM)).toBe(-ESRCH);
  });

  it('SIG_IGN is inherited by fork, reset by exec, and never stops SIGKILL', () => {
    const { sys } = bootRoot();
    // a login task is an interactive shell: it ignores SIGTERM
    expect(sys.kill(sys.pid, SIGTERM)).toBe(0);
    expect(sys.termSignal()).toBe(0);
    const sub = sys.fork();
    expect(sys.kill(sub.pid, SIGTERM)).toBe(0);
    expect(sub.termSignal()).toBe(0);
    const prog = sys.fork();
    prog.exec('sleep');
    expect(sys.kill(prog.pid, SIGTERM)).toBe(0);
    expect(prog.termSignal()).toBe(SIGTERM);
    expect(sub.signal(SIGTERM, 'default')).toBe(0);
    expect(sys.kill(sub.pid, SIGCHLD)).toBe(0);
    expect(sub.termSignal()).toBe(0);
    expect(sys.kill(sub.pid, SIGTERM)).toBe(0);
    expect(sub.termSignal()).toBe(SIGTERM);
    const shell = sys.fork();
    expect(shell.signal(SIGHUP, 'ignore')).toBe(0);
    expect(sys.kill(shell.pid, SIGHUP)).toBe(0);
    expect(sys.kill(shell.pid, SIGKILL)).toBe(0);
    expect(shell.termSignal()).toBe(SIGKILL);
  });

  it.each([SIGKILL, SIGSTOP, 0, 65])('signal(%i) cannot be changed', (sig) => {
    const { sys } = bootRoot();
    expect(sys.signal(sig, 'ignore')).toBe(-EINVAL);
  });
});

describe('processes (/proc)', () => {
  it('lists live tasks by pid with comm, uid and mount namespace', () => {
    const { k, sys } = bootRoot();
    const alice = k.login({ uid: 1000 }).sys;
    const app = spawnProgram(alice, 'app');
    const list = sys.processes();
    expect(list.map((p) => [p.pid, p.comm, p.uid])).toEqual([
      [sys.pid, 'bash', 0],
      [alice.pid, 'bash', 1000],
      [app.pid, 'app', 1000],
    ]);
    expect(new Set(list.map((p) => p.mntNs)).size).toBe(1);
    expect(list[2].ppid).toBe(alice.pid);
  });
});

describe('clock (vDSO clock_gettime)', () => {
  it('reads the virtual clock without moving it; nanosleep moves it', () => {
    const { sys } = bootRoot();
    const t = sys.clock();
    expect(sys.clock()).toBe(t);
    sys.nanosleep(1500);
    expect(sys.clock()).toBe(t + 1500);
    sys.getcwd();
    sys.stat('/');
    expect(sys.clock()).toBe(t + 2500);
  });
});
