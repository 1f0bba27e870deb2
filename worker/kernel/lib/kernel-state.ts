// The model's global kernel state, one "world" per booted kernel. Kernel modules keep their
// globals (counters, lists, registries) in holders made by kernelState(); boot() creates a fresh
// world and every entry into the kernel switches to the caller's world first, so several booted
// kernels can live side by side (tests, replays) without sharing a single counter.

interface Slot {
  readonly holder: Record<string, unknown>;
  readonly fresh: () => object;
}

export interface World {
  readonly snapshots: Array<Record<string, unknown> | undefined>;
}

const slots: Slot[] = [];
let active: World | null = null;

/** Declares a module's global state; the returned object is the live state of the active world. */
export function kernelState<T extends object>(fresh: () => T): T {
  const holder = fresh();
  slots.push({ holder: holder as Record<string, unknown>, fresh });
  return holder;
}

function save(world: World): void {
  slots.forEach((slot, i) => {
    world.snapshots[i] = { ...slot.holder };
  });
}

function restore(world: World): void {
  slots.forEach((slot, i) => {
    const snapshot = world.snapshots[i] ?? { ...slot.fresh() };
    for (const key of Object.keys(slot.holder)) if (!(key in snapshot)) delete slot.holder[key];
    Object.assign(slot.holder, snapshot);
  });
}

/** Makes a world with every module's state fresh, and enters it. */
export function createWorld(): World {
  if (active) save(active);
  const world: World = { snapshots: slots.map((slot) => ({ ...slot.fresh() }) as Record<string, unknown>) };
  restore(world);
  active = world;
  return world;
}

/** Switches the kernel's globals to `world` (a no-op when it is already active). */
export function enterWorld(world: World): void {
  if (active === world) return;
  if (active) save(active);
  restore(world);
  active = world;
}
