// container: run builds a mount namespace with a minimal root and the bind mounts, held by an init
// task; exec joins it as the container's user at `/`; ls and rm read the state every root shell
// shares (/run/containers/NAME/config); failures roll back and say why.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { Shell } from '../../../worker/user/shell/shell';
import { ALICE, session, sh } from '../helpers';

const RUN = 'container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice';

describe('container run, exec, ls, rm', () => {
  it('gives the container its own minimal root with the bind mount', () => {
    const r = sh(
      `mkdir namespaces/ns1\nchmod 0755 namespaces/ns1/root\n${RUN}\n` +
        'container exec c1 ls -A / /etc /dev /isolated\n' +
        "container exec c1 stat -c '%a %U:%G %n' /tmp /dev/null /etc/passwd\n" +
        'container exec c1 cat /etc/hostname\ncontainer exec c1 ls /sys',
    );
    expect(r.out).toBe(
      '/:\ndev  etc  isolated  proc  tmp\n\n/dev:\nnull  pts\n\n/etc:\ngroup  hostname  passwd\n\n' +
        '/isolated:\nuser_events_data  user_events_status\n' +
        '1777 root:root /tmp\n666 root:root /dev/null\n644 root:root /etc/passwd\nc1\n' +
        "ls: cannot access '/sys': No such file or directory\n",
    );
    expect(r.status).toBe(2);
  });

  it('exec runs a shell as the container user at /, with the container as host name', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    const shell = new Shell(sys);
    shell.input('mkdir namespaces/ns1; chmod 0755 namespaces/ns1/root');
    shell.input(RUN);
    shell.input('container exec c1');
    expect(shell.prompt()).toBe('alice@c1:/$ ');
    expect(shell.sys.getuid()).toBe(1000);
    shell.input('cd /isolated');
    expect(shell.prompt()).toBe('alice@c1:/isolated$ ');
    shell.input('exit');
    expect(shell.prompt()).toBe('root@playground:/sys/kernel/tracing# ');
  });

  it('exec --user picks another user; a command that is not there is 127', () => {
    expect(
      sh(`mkdir namespaces/ns1\n${RUN}\ncontainer exec --user root c1 id -un\ncontainer exec c1 id -un`).out,
    ).toBe('root\nalice\n');
    expect(sh(`mkdir namespaces/ns1\n${RUN}\ncontainer exec c1 frob`)).toEqual({
      out: 'container: frob: command not found\n',
      status: 127,
    });
  });

  it('ls shows user, init, processes and binds; rm refuses while processes run, -f does not', () => {
    const r = sh(
      `mkdir namespaces/ns1\n${RUN}\ncontainer run c2\ncontainer exec c1 sleep 10 &\ncontainer ls\n` +
        'container rm c1\ncontainer rm -f c1\ncontainer rm c2\ncontainer ls\nls -A /run/containers',
    );
    const pid = /^\[1\] (\d+)$/m.exec(r.out)![1];
    const init = /^c1 +alice +(\d+)/m.exec(r.out)![1];
    expect(r.out).toBe(
      `[1] ${pid}\n` +
        'NAME  USER   INIT  PROCESSES  BINDS\n' +
        `c1    alice  ${init}  1          /sys/kernel/tracing/namespaces/ns1/root:/isolated\n` +
        `c2    root   ${Number(init) + 2}  0          -\n` +
        `container: cannot remove c1: 1 process is still running in it (${pid} sleep); stop them first, or use rm -f\n` +
        `[1]+  Killed                  container exec c1 sleep 10\n` +
        'NAME  USER  INIT  PROCESSES  BINDS\n',
    );
  });

  it('keeps its state in /run/containers/NAME/config, for every root shell of the machine', () => {
    const k = boot();
    const a = session(k);
    const b = session(k);
    expect(a(`mkdir namespaces/ns1\n${RUN}`)).toEqual({ out: '', status: 0 });
    const out = b('cat /run/containers/c1/config; container exec c1 whoami').out;
    expect(out).toMatch(
      /^name=c1\nuser=alice\nuid=1000\ngid=1000\ninit=\d+\nbind=\/sys\/kernel\/tracing\/namespaces\/ns1\/root:\/isolated\nalice\n$/,
    );
    expect(b("stat -c '%a' /run/containers")).toEqual({ out: '700\n', status: 0 });
  });

  it.each([
    ['container run c1\ncontainer run c1', 'container: c1: already exists\n', 1],
    ['container run a/b', "container: invalid name 'a/b': use letters, digits, '_', '.' and '-'\n", 2],
    ['container run c1 --user carol', "container: unknown user 'carol'\n", 1],
    ['container run c1 --bind /tmp', "container: bad --bind '/tmp': use SOURCE:/PATH/IN/CONTAINER\n", 2],
    ['container run c1 --bind /tmp:x', "container: bad --bind '/tmp:x': use SOURCE:/PATH/IN/CONTAINER\n", 2],
    ['container exec c9', 'container: c9: no such container\n', 1],
    ['container rm c9', 'container: c9: no such container\n', 1],
    ['container exec --user carol c1 id\n', null, 1],
  ])('%s', (script, out, status) => {
    const r = sh(script.startsWith('container exec --user') ? `container run c1\n${script}` : script);
    if (out !== null) expect(r.out).toBe(out);
    expect(r.status).toBe(status);
  });

  it('a failed run leaves nothing behind', () => {
    const r = sh('container run c1 --bind /nope:/x\necho $?\ncontainer ls\nls -A /run/containers');
    expect(r.out).toBe(
      'container: c1: /nope: No such file or directory\n1\nNAME  USER  INIT  PROCESSES  BINDS\n',
    );
    expect(sh('container run c1 --bind /nope:/x\ncontainer run c1 --bind /tmp:/x\necho $?').out).toMatch(
      /\n0\n$/,
    );
  });

  it('needs root', () => {
    expect(sh('container run c1', ALICE)).toEqual({
      out: 'container: c1: cannot record it in /run/containers: Permission denied\n',
      status: 1,
    });
    expect(sh('container ls', ALICE).out).toBe('NAME  USER  INIT  PROCESSES  BINDS\n');
    const k = boot();
    session(k)('container run c1');
    expect(session(k, ALICE)('container ls; container exec c1 id')).toEqual({
      out: 'container: /run/containers: Permission denied\ncontainer: c1: Permission denied\n',
      status: 1,
    });
  });

  it('usage', () => {
    expect(sh('container').out).toMatch(
      /^usage: container run NAME \[--bind SRC:DST\]\.\.\. \[--user USER\]\n/,
    );
    expect(sh('container').status).toBe(2);
    expect(sh('help container').out).toMatch(
      /^container: container run\|exec\|ls\|rm \[ARG\]\.\.\.\n {4}Run containers/,
    );
  });

  it('a container whose init was killed is stopped: exec says so, rm cleans up', () => {
    const k = boot();
    const root = session(k);
    root('container run c1');
    const init = /^c1 +root +(\d+)/m.exec(root('container ls').out)![1];
    expect(
      root(`kill -9 ${init}; container ls; container exec c1 id; container rm c1; container ls`).out,
    ).toBe(
      'NAME  USER  INIT  PROCESSES  BINDS\nc1    root  -     stopped    -\n' +
        'container: c1: not running\nNAME  USER  INIT  PROCESSES  BINDS\n',
    );
  });
});
