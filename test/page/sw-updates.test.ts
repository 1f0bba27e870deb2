// The page's side of an update (src/sw/updates.ts), over a fake registration: an update installed
// and waiting is announced (one already waiting at load, or one that finishes installing later),
// a first install is not; the page reloads only when the person asked, after the session was saved,
// once the waiting worker took over (or at once when none waits any more); a failed save keeps the
// page as it is.
import { describe, expect, it } from 'vitest';
import { SKIP_WAITING, UpdateState, type Registration, type WorkerLike } from '../../src/sw/updates';

class FakeWorker extends EventTarget implements WorkerLike {
  readonly messages: unknown[] = [];
  constructor(public state: string) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements Registration {
  active: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;

  /** A new worker is found and installs; it waits if an active one exists. */
  install(): FakeWorker {
    const worker = new FakeWorker('installing');
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    if (this.active) this.waiting = worker;
    worker.become('installed');
    return worker;
  }
}

function setup(registration = new FakeRegistration()) {
  const events = { ready: 0, reloads: 0 };
  const container = new EventTarget();
  const state = new UpdateState(
    () => events.reloads++,
    () => events.ready++,
  );
  state.watch(registration, container);
  return { state, registration, container, events };
}

describe('UpdateState', () => {
  it('says nothing at the first install, and nothing reloads when the new worker takes the page', () => {
    const { registration, container, events } = setup();
    const first = registration.install();
    registration.active = first;
    container.dispatchEvent(new Event('controllerchange'));
    expect(events).toEqual({ ready: 0, reloads: 0 });
  });

  it('announces an update that finishes installing while the page runs', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const { events } = setup(registration);
    expect(events.ready).toBe(0);
    registration.install();
    expect(events).toEqual({ ready: 1, reloads: 0 });
  });

  it('announces an update already waiting when the page loads', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    expect(setup(registration).events.ready).toBe(1);
  });

  it('without "Reload now", another tab applying the update does not reload this page', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const { container, events } = setup(registration);
    registration.install();
    container.dispatchEvent(new Event('controllerchange'));
    expect(events.reloads).toBe(0);
  });

  it('"Reload now" saves, asks the waiting worker to take over, and reloads when it has', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const { state, container, events } = setup(registration);
    const waiting = registration.install();
    const order: string[] = [];
    const applied = await state.apply(async () => {
      order.push(`saved with ${waiting.messages.length} messages sent`);
    });
    expect(applied).toBe(true);
    expect(order).toEqual(['saved with 0 messages sent']);
    expect(waiting.messages).toEqual([SKIP_WAITING]);
    expect(events.reloads).toBe(0);
    container.dispatchEvent(new Event('controllerchange'));
    expect(events.reloads).toBe(1);
    expect(await state.apply()).toBe(true);
    expect(waiting.messages).toHaveLength(1);
  });

  it('reloads at once when no worker waits any more, and when the waiting one is discarded', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const gone = setup(registration);
    registration.install();
    registration.waiting = null;
    await gone.state.apply();
    expect(gone.events.reloads).toBe(1);

    const other = setup(new FakeRegistration());
    other.registration.active = new FakeWorker('activated');
    const waiting = other.registration.install();
    await other.state.apply();
    waiting.become('redundant');
    expect(other.events.reloads).toBe(1);
  });

  it('keeps the page when the session could not be saved first', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const { state, container, events } = setup(registration);
    const waiting = registration.install();
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(
        await state.apply(() => {
          throw new Error('no log');
        }),
      ).toBe(false);
    } finally {
      console.warn = warn;
    }
    expect(waiting.messages).toEqual([]);
    container.dispatchEvent(new Event('controllerchange'));
    expect(events.reloads).toBe(0);
    expect(await state.apply()).toBe(true);
    expect(waiting.messages).toEqual([SKIP_WAITING]);
  });
});
