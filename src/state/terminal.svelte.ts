// The state of one terminal session on the page: what the worker said last, whether a command is
// running, and the queue of lines typed meanwhile. It owns the calls to the kernel client.
import type { KernelClient } from '../kernel-client';
import type { TerminalStep } from '../../worker/protocol';

export class TerminalSession {
  ready = $state(false);
  running = $state(false);
  lastStatus = $state(0);
  private session = 0;
  private prompt = '';

  constructor(
    private readonly kernel: KernelClient,
    private readonly write: (text: string) => void,
  ) {}

  async start(): Promise<void> {
    const info = await this.kernel.boot();
    this.session = info.id;
    this.prompt = info.prompt;
    this.write(info.greeting + info.prompt);
    this.ready = true;
  }

  async submit(line: string): Promise<void> {
    this.running = true;
    this.show(await this.kernel.input(this.session, line));
  }

  async interrupt(): Promise<void> {
    this.write('^C\r\n');
    this.show(await this.kernel.interrupt(this.session));
  }

  private show(step: TerminalStep): void {
    this.lastStatus = step.status;
    this.running = step.state === 'blocked';
    this.prompt = step.prompt;
    this.write(step.output + step.prompt);
  }
}
