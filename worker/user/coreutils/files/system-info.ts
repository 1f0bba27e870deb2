// Models GNU coreutils nproc and uname for the modelled machine. nproc counts the CPUs the kernel
// model traces (the cpuN directories under tracefs's per_cpu, read through system calls; 1 where
// tracefs is not mounted, as in a container). uname reports the model's own identity: the model has
// no version string, so it says Linux, the release of the booted profile (uname(2)), x86_64, built
// at the model's boot moment; the node name is /etc/hostname's (a container's shell exports HOSTNAME instead).

import { decodeUtf8 } from '../../../kernel/lib/utf8';
import { readFileSync, type Proc, type ProcessContext } from '../../process';
import { quote, Tool } from '../tool';
import { BOOT_EPOCH_SECONDS } from './date';
import { formatTime } from './date-format';

const PER_CPU_DIRS = ['/sys/kernel/tracing/per_cpu', '/sys/kernel/debug/tracing/per_cpu'];

function cpuCount(ctx: ProcessContext): number {
  for (const dir of PER_CPU_DIRS) {
    const entries = ctx.sys.readdir(dir);
    if (entries.ok) return Math.max(1, entries.value.filter((e) => /^cpu[0-9]+$/.test(e.name)).length);
  }
  return 1;
}

export function* nproc(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'nproc');
  const p = t.options({ long: { all: 'a', 'ignore=': 'i' } });
  if (typeof p === 'number') return p;
  if (p.operands.length > 0) return t.usage(`extra operand ${quote(p.operands[0])}`);
  const ignore = p.value('i') ?? '0';
  if (!/^\s*\+?[0-9]+$/.test(ignore)) {
    t.error(`invalid number: ${quote(ignore)}`);
    return t.finish();
  }
  t.out.write(`${Math.max(1, cpuCount(ctx) - Number(ignore))}\n`);
  return t.finish(0);
}

const KERNEL_NAME = 'Linux';
/** `uname -v`: the build date is the boot's, formatted when asked (not while the programs load). */
const kernelVersion = () =>
  `#1 SMP PREEMPT_DYNAMIC ${formatTime('%a %b %e %H:%M:%S UTC %Y', BOOT_EPOCH_SECONDS, 0)}`;
const MACHINE = 'x86_64';
const OPERATING_SYSTEM = 'GNU/Linux';

function nodeName(ctx: ProcessContext): string {
  const file = readFileSync(ctx.sys, '/etc/hostname');
  const name = file ? decodeUtf8(file).split('\n')[0] : '';
  return name || ctx.env.get('HOSTNAME') || 'playground';
}

export function* uname(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'uname');
  const p = t.options({
    flags: 'asnrvmpio',
    long: {
      all: 'a',
      'kernel-name': 's',
      nodename: 'n',
      'kernel-release': 'r',
      'kernel-version': 'v',
      machine: 'm',
      processor: 'p',
      'hardware-platform': 'i',
      'operating-system': 'o',
    },
  });
  if (typeof p === 'number') return p;
  if (p.operands.length > 0) return t.usage(`extra operand ${quote(p.operands[0])}`);
  const all = p.has('a');
  const want = (k: string) => all || p.has(k);
  const fields: string[] = [];
  if (want('s') || p.list.length === 0) fields.push(KERNEL_NAME);
  if (want('n')) fields.push(nodeName(ctx));
  if (want('r')) fields.push(ctx.sys.uname().release);
  if (want('v')) fields.push(kernelVersion());
  if (want('m')) fields.push(MACHINE);
  if (p.has('p')) fields.push('unknown');
  if (p.has('i')) fields.push('unknown');
  if (want('o')) fields.push(OPERATING_SYSTEM);
  t.out.write(fields.join(' ') + '\n');
  return t.finish(0);
}
