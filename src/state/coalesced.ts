// A refresh that runs at most once at a time: asked while it runs, it runs exactly once more
// afterwards, however often it was asked, so a burst of commands costs at most two reads.

export class Coalesced {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly task: () => Promise<void>) {}

  /** Runs the task now, or once more after the run in flight; resolves when no run is pending. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.task();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
