// The shell's interpreter, the programs of /usr/bin and the linux-6.12 profile's kernel part are
// loaded apart from the kernel and the shell's driver (worker/main.ts): the first prompt needs none
// of them, every call that may run a command or boot linux-6.12 waits for them, a failed load is a
// `crash` reply, and the names the shell knows before loading equal the tables'.
import { describe, expect, it, vi } from 'vitest';
import { createApi, Playground } from '../../worker/session';
import { PROGRAMS } from '../../worker/user/coreutils/index';
import { PROGRAM_NAMES } from '../../worker/user/program-names';
import { BUILTIN_NAMES } from '../../worker/user/shell/builtin-names';
import { BUILTINS } from '../../worker/user/shell/builtins';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('the program table loaded after the first prompt', () => {
  it('lists the same programs as the table', () => {
    expect([...PROGRAM_NAMES]).toEqual(Object.keys(PROGRAMS).sort());
  });

  it('lists the same builtins as the shell has', () => {
    expect([...BUILTIN_NAMES]).toEqual(Object.keys(BUILTINS).sort());
  });

  it('boots and shows the prompt before the programs are loaded; a command waits for them', async () => {
    const load = deferred();
    const api = createApi(new Playground(), () => load.promise);
    const booted = await api.boot();
    expect(booted.ok && booted.value.prompt).toBe('root@playground:/sys/kernel/tracing# ');
    let answered = false;
    const step = api.input(1, 'echo ok | wc -c').then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    load.resolve();
    const r = await step;
    expect(r.ok && r.value.output).toBe('3\n');
  });

  it('a boot of linux-6.12 waits for the load, which brings that profile’s kernel part', async () => {
    const load = deferred();
    const api = createApi(new Playground(), () => load.promise);
    let answered = false;
    const booting = api.boot('linux-6.12').then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    load.resolve();
    const booted = await booting;
    expect(booted.ok && booted.value.profile).toBe('linux-6.12');
  });

  it('answers every call with a crash reply when the programs could not be loaded', async () => {
    const load = deferred();
    const api = createApi(new Playground(), () => load.promise);
    await api.boot();
    load.reject(new TypeError('Failed to fetch dynamically imported module'));
    const r = await api.input(1, 'ls');
    expect(r).toEqual({
      ok: false,
      error: { kind: 'crash', message: 'TypeError: Failed to fetch dynamically imported module' },
    });
  });

  it('boots before it is asked (preBoot) and answers the first boot with that kernel', async () => {
    const pg = new Playground();
    const boot = vi.spyOn(pg, 'boot');
    const api = createApi(pg, () => Promise.resolve(), true);
    expect(boot).toHaveBeenCalledTimes(1);
    const first = await api.boot();
    expect(boot).toHaveBeenCalledTimes(1);
    expect(first.ok && first.value.prompt).toBe('root@playground:/sys/kernel/tracing# ');
    await api.input(1, 'mkdir namespaces/x');
    const again = await api.boot();
    expect(boot).toHaveBeenCalledTimes(2);
    const r = await api.input(again.ok ? again.value.id : 0, 'ls namespaces');
    expect(r.ok && r.value.output).toBe('');
  });

  it('announces the early boot at once: the answer its first boot call then gives', async () => {
    const announced: unknown[] = [];
    const api = createApi(
      new Playground(),
      () => Promise.resolve(),
      true,
      (r) => announced.push(r),
    );
    expect(announced).toHaveLength(1);
    expect(await api.boot()).toEqual(announced[0]);
    const quiet: unknown[] = [];
    createApi(
      new Playground(),
      () => Promise.resolve(),
      false,
      (r) => quiet.push(r),
    );
    expect(quiet).toEqual([]);
  });

  it('drops the early boot when the first call is another one (a replayed link)', async () => {
    const pg = new Playground();
    const boot = vi.spyOn(pg, 'boot');
    const api = createApi(pg, () => Promise.resolve(), true);
    await api.log();
    await api.boot();
    expect(boot).toHaveBeenCalledTimes(2);
  });

  it('boots and prompts without the shell interpreter, which runs the first line once installed', async () => {
    vi.resetModules();
    const session = await import('../../worker/session');
    const slot = await import('../../worker/user/shell/interpreter');
    const pg = new session.Playground();
    const booted = pg.boot();
    expect(booted.ok && booted.value.prompt).toBe('root@playground:/sys/kernel/tracing# ');
    expect(() => pg.input(1, 'echo hi')).toThrow('the shell interpreter is not loaded yet');
    const code = await import('../../worker/user/shell/interpreter-code');
    slot.installInterpreter(code.INTERPRETER);
    const again = pg.boot();
    const r = pg.input(again.ok ? again.value.id : 0, 'echo hi');
    expect(r.ok && r.value.output).toBe('hi\n');
  });

  it('refuses to look a program up before the table is installed', async () => {
    vi.resetModules();
    const table = await import('../../worker/user/program-table');
    expect(table.programsInstalled()).toBe(false);
    expect(() => table.findProgram('ls')).toThrow(
      'the programs of /usr/bin are not loaded yet (looking up ls)',
    );
    table.installPrograms(PROGRAMS);
    expect(table.findProgram('ls')).toBe(PROGRAMS.ls);
  });
});
