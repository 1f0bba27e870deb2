import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { decodeUtf8, encodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { Shell } from '../../../worker/user/shell/shell';
import { session, sh } from '../helpers';

describe('quoting and expansion', () => {
  it.each([
    [`echo 'a  b' "c  d" e\\ \\ f`, 'a  b c  d e  f\n'],
    [`echo "it's" 'say "hi"' \\$HOME`, `it's say "hi" $HOME\n`],
    [`x=1 y=2; echo $x$y \${x}z "$x" '$x'`, '12 1z 1 $x\n'],
    [`a="1  2"; printf '[%s]\\n' $a "$a"`, '[1]\n[2]\n[1  2]\n'],
    [`echo ~ ~/x ~alice ~nobody a~`, '/root /root/x /home/alice ~nobody a~\n'],
    [`echo "$UNSET" end; echo "[$UNSET]"`, ' end\n[]\n'],
    [`echo \${U:-dflt} \${#HOME} \${U:=set} $U`, 'dflt 5 set set\n'],
    [`echo $'tab\\there'`, 'tab\there\n'],
    [`echo a # not printed`, 'a\n'],
    [`echo /etc/pa* /etc/nomatch* "/etc/pa*" /etc/?roup`, '/etc/passwd /etc/nomatch* /etc/pa* /etc/group\n'],
    [`cd /etc; echo *`, 'group hostname passwd\n'],
    [`echo $USER $HOME $PWD`, 'root /root /sys/kernel/tracing\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 0 });
  });

  it('expands $$ to the shell pid, also in pipelines', () => {
    const r = sh('echo $$; echo $$ | cat');
    const [a, b] = r.out.trim().split('\n');
    expect(a).toMatch(/^\d+$/);
    expect(b).toBe(a);
  });
});

describe('status, lists and pipelines', () => {
  it.each([
    ['false; echo $?', '1\n', 0],
    ['true && echo yes || echo no', 'yes\n', 0],
    ['false && echo yes || echo no', 'no\n', 0],
    ['false || echo $?', '1\n', 0],
    ['! true; echo $?', '1\n', 0],
    ['! false', '', 0],
    ['false', '', 1],
    ['cat /etc/passwd | grep alice | wc -l', '1\n', 0],
    ['echo a b c | wc -w', '3\n', 0],
    ['grep nobody /etc/passwd | cat; echo $?', '0\n', 0],
    ['cat /etc/passwd | grep nobody', '', 1],
    ['frob', 'bash: frob: command not found\n', 127],
    ['frob 2>/dev/null; echo $?', '127\n', 0],
    ['./x', 'bash: ./x: No such file or directory\n', 127],
    [
      'strace -e openat ls',
      "bash: strace: command not found\n(this playground's shell has no 'strace'; 'help' lists the commands it has)\n",
      127,
    ],
    ['echo ;;', "bash: syntax error near unexpected token `;;'\n", 2],
    ['echo a &&', 'bash: syntax error: unexpected end of file\n', 2],
    ["echo 'open", "bash: unexpected EOF while looking for matching `''\n", 2],
    ['cd /etc; cd /nonexistent; pwd', 'bash: cd: /nonexistent: No such file or directory\n/etc\n', 0],
    ['cd /etc/passwd', 'bash: cd: /etc/passwd: Not a directory\n', 1],
    ['cd a b', 'bash: cd: too many arguments\n', 1],
    ['cd /tmp; cd /etc; cd -; cd; pwd', '/tmp\n/root\n', 0],
    ['echo hi | cd /etc; pwd', '/sys/kernel/tracing\n', 0],
    ['exit 3; echo not reached', 'exit\n', 3],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('continues a line left open by a quote', () => {
    expect(sh("echo 'a\nb'")).toEqual({ out: 'a\nb\n', status: 0 });
    expect(sh('echo a |\nwc -c')).toEqual({ out: '2\n', status: 0 });
  });
});

describe('redirections', () => {
  it.each([
    ['echo hi > /tmp/f; cat /tmp/f', 'hi\n'],
    ['echo a > /tmp/f; echo b >> /tmp/f; cat < /tmp/f', 'a\nb\n'],
    ['echo err >&2 2>/dev/null', 'err\n'],
    ['ls /nope 2>/dev/null; echo $?', '2\n'],
    ['ls /nope 2>&1 | wc -l', '1\n'],
    ['ls /nope > /tmp/o 2>&1; cat /tmp/o', "ls: cannot access '/nope': No such file or directory\n"],
    ['ls /nope &> /tmp/o; cat /tmp/o', "ls: cannot access '/nope': No such file or directory\n"],
    ['echo abc 3> /tmp/three >&3; cat /tmp/three', 'abc\n'],
    ['echo hello > /tmp/rw; exec 4<>/tmp/rw; head -c 3 <&4; echo; cat <&4', 'hel\nlo\n'],
    ['> /tmp/empty; wc -c < /tmp/empty', '0\n'],
    ['x=/tmp/v; echo var > $x; cat $x', 'var\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 0 });
  });

  it.each([
    ['echo hi > /nonexistent/x', 'bash: /nonexistent/x: No such file or directory\n'],
    ['cat < /nope', 'bash: /nope: No such file or directory\n'],
    ['frob > /nonexistent/x', 'bash: /nonexistent/x: No such file or directory\n'],
    ['echo hi >&5', 'bash: 5: Bad file descriptor\n'],
    ['x="a b"; echo hi > $x', 'bash: $x: ambiguous redirect\n'],
    ['echo > /etc', 'bash: /etc: Is a directory\n'],
  ])('%s fails', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 1 });
  });

  it('restores the shell descriptors after a builtin', () => {
    expect(sh('echo one > /tmp/a; echo two; cat /tmp/a')).toEqual({ out: 'two\none\n', status: 0 });
  });

  it('keeps exec descriptors across commands and lets children inherit them', () => {
    const k = boot();
    const run = session(k);
    expect(run('exec 3< /etc/passwd; head -1 <&3')).toEqual({
      out: 'root:x:0:0:root:/root:/bin/bash\n',
      status: 0,
    });
    expect(run('cat <&3')).toEqual({
      out: 'alice:x:1000:1000:alice:/home/alice:/bin/bash\nbob:x:1001:1001:bob:/home/bob:/bin/bash\n',
      status: 0,
    });
    expect(run('exec 3<&-; cat <&3')).toEqual({ out: 'bash: 3: Bad file descriptor\n', status: 1 });
  });

  it('opens exec N>FILE for writing and closes it with N>&-', () => {
    expect(sh('exec 5> /tmp/log; echo one >&5; echo two >&5; exec 5>&-; cat /tmp/log; echo x >&5')).toEqual({
      out: 'one\ntwo\nbash: 5: Bad file descriptor\n',
      status: 1,
    });
  });

  it('leaves no descriptor open after commands finish', () => {
    const k = boot();
    const s = k.login({ cwd: '/tmp' });
    const shell = new Shell(s.sys);
    for (const line of [
      'echo a > f',
      'cat f | grep a | wc -l',
      'ls /nope 2>&1 | cat',
      'exec 3<f',
      'exec 3<&-',
    ]) {
      shell.input(line);
    }
    expect(s.sys.openFds()).toEqual([0, 1, 2]);
  });
});

describe('line-buffered builtins', () => {
  /** Runs lines in a shell whose write() calls on descriptor 1 are recorded. */
  function writesOf(lines: string[]): string[] {
    const k = boot();
    const s = k.login({ cwd: '/tmp' });
    const writes: string[] = [];
    const sys = {
      ...s.sys,
      write: (fd: number, data: Uint8Array) => (
        fd === 1 && writes.push(decodeUtf8(data)),
        s.sys.write(fd, data)
      ),
    };
    const shell = new Shell(sys);
    for (const line of lines) shell.input(line);
    return writes;
  }

  it.each([
    ["echo -e 'a\\nb\\nc' > /tmp/f", ['a\n', 'b\n', 'c\n']],
    ["printf 'u:q1\\nu:q2 u32\\nu:q3\\n' > /tmp/f", ['u:q1\n', 'u:q2 u32\n', 'u:q3\n']],
    ["printf 'x\\ny' > /tmp/f", ['x\n', 'y']],
    ['echo -n tail > /tmp/f', ['tail']],
  ])('%s', (line, writes) => {
    expect(writesOf([line])).toEqual(writes);
  });

  it('reports a failed write once, after trying the other lines', () => {
    const r = sh("printf 'u:q1\\nu:q2 u32\\nu:q3\\n' >> dynamic_events; cat dynamic_events");
    expect(r.out).toBe('bash: printf: write error: Invalid argument\nu:q1\nu:q3\n');
  });

  it('cat writes the whole chunk at once, so the first failure stops it', () => {
    const r = sh(
      "printf 'u:q1\\nu:q2 u32\\nu:q3\\n' > /tmp/in; cat /tmp/in >> dynamic_events; cat dynamic_events",
    );
    expect(r.out).toBe('cat: write error: Invalid argument\nu:q1\n');
  });

  it.each([
    ['echo 1 > available_tracers', 'bash: echo: write error: Invalid argument\n'],
    ['exec 1>&-; echo hi', 'bash: echo: write error: Bad file descriptor\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 1 });
  });
});

describe('blocking and Ctrl-C', () => {
  it('interrupts a read of the terminal', () => {
    expect(sh('cat')).toEqual({ out: '^C\n', status: 130 });
    expect(sh('cat; echo same line is dropped\necho $?')).toEqual({ out: '^C\n130\n', status: 0 });
  });

  it('interrupts a blocked pipeline and closes its pipes', () => {
    const k = boot();
    const s = k.login({ cwd: '/tmp' });
    const shell = new Shell(s.sys);
    const step = shell.input('cat | wc -l');
    expect(step.state).toBe('blocked');
    expect(shell.interrupt()).toEqual({ state: 'done', status: 130 });
    expect(s.sys.openFds()).toEqual([0, 1, 2]);
  });

  it('resumes a blocked read when the terminal has input', () => {
    const k = boot();
    const out: string[] = [];
    const s = k.login({ cwd: '/tmp', output: (b) => out.push(decodeUtf8(b)) });
    const shell = new Shell(s.sys);
    expect(shell.input('cat').state).toBe('blocked');
    s.tty.input(encodeUtf8('typed\n'));
    expect(shell.resume().state).toBe('blocked');
    s.tty.hangup();
    expect(shell.resume()).toEqual({ state: 'done', status: 0 });
    expect(out.join('')).toBe('typed\n');
  });

  it('lets the right side of a pipeline run while the left side waits', () => {
    const k = boot();
    const out: string[] = [];
    const s = k.login({ cwd: '/tmp', output: (b) => out.push(decodeUtf8(b)) });
    const shell = new Shell(s.sys);
    expect(shell.input('cat | grep a').state).toBe('blocked');
    s.tty.input(encodeUtf8('xa\nyb\n'));
    expect(shell.resume().state).toBe('blocked');
    expect(out.join('')).toBe('xa\n');
    s.tty.hangup();
    expect(shell.resume()).toEqual({ state: 'done', status: 0 });
    expect(s.sys.openFds()).toEqual([0, 1, 2]);
  });

  it('blocks on an empty trace_pipe', () => {
    expect(sh('cat trace_pipe')).toEqual({ out: '^C\n', status: 130 });
  });
});

describe('builtins', () => {
  it.each([
    ['echo -n a; echo b', 'ab\n'],
    ['echo -e "a\\tb\\x41\\0101" -n', 'a\tbAA -n\n'],
    ['echo -- -n', '-- -n\n'],
    ['echo -ne "q\\c" r; echo', 'q\n'],
    ['printf "%5s|%-5s|%05d|%x|%o|%c|%%\\n" a b 42 255 8 xyz', '    a|b    |00042|ff|10|x|%\n'],
    ['printf "%s\\n" a b c', 'a\nb\nc\n'],
    ['printf "%s %s\\n" a', 'a \n'],
    ['printf "%b|\\n" "a\\tb"', 'a\tb|\n'],
    ['printf "%q\\n" "a b"', 'a\\ b\n'],
    ['printf -v v "%03d" 7; echo $v', '007\n'],
    ['type cd ls', 'cd is a shell builtin\nls is /usr/bin/ls\n'],
    ['export A=1; export -p | grep A=', 'declare -x A="1"\n'],
    ['A=1; unset A; echo "[$A]"', '[]\n'],
    [': ignored; true', ''],
    ['clear', '\x1b[H\x1b[2J\x1b[3J'],
    ['pwd; cd ..; pwd', '/sys/kernel/tracing\n/sys/kernel\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 0 });
  });

  it.each([
    ['printf "%d\\n" abc 3', 'bash: printf: abc: invalid number\n0\n3\n', 1],
    ['printf', 'printf: usage: printf [-v var] format [arguments]\n', 2],
    ['type frob', 'bash: type: frob: not found\n', 1],
    ['export 1x=2', "bash: export: `1x=2': not a valid identifier\n", 1],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('numbers the history like bash', () => {
    expect(sh('echo a\n\n# comment\nhistory')).toEqual({
      out: 'a\n    1  echo a\n    2  history\n',
      status: 0,
    });
  });

  it('lists every command in help, one line each', () => {
    const r = sh('help');
    for (const name of ['cat', 'ls', 'stat', 'grep', 'mount', 'exec', 'history', 'help', 'tree']) {
      expect(r.out).toMatch(new RegExp(`^${name} `, 'm'));
    }
    expect(sh('help cd').out).toBe(
      'cd: cd [DIR | -]\n    Change the working directory (default $HOME; - is $OLDPWD).\n',
    );
    expect(sh('help frob').status).toBe(1);
  });
});
