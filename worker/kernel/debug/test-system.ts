// NOT A KERNEL FEATURE: the simulator's debug facility of KERNEL-MODEL Q17. It registers an extra
// tracing-namespace system whose five operations answer as configured, so the registry's
// ordering and rollback can be shown; user_events' own create can be made to fail once.

import { ECANCELED, type Result } from '../lib/errno';
import type { Disposable } from '../lib/disposable';
import { registerNamespaceSystem, type NamespaceSystemOperations } from '../trace/trace-namespace';

export interface TestSystemConfig {
  /** 0 or a negative errno for create and remove. */
  create: number;
  remove: number;
  isBusy: boolean;
  /** A line this system handles (returns 0); others are "not mine". */
  accepts: string | null;
  /** What the system's part of `options` shows. */
  show: string;
}

export interface TestSystem extends Disposable {
  readonly name: string;
  /** Changes how the operations answer from now on. */
  set(config: Partial<TestSystemConfig>): void;
}

export const DEFAULT_TEST_SYSTEM: TestSystemConfig = {
  create: 0,
  remove: 0,
  isBusy: false,
  accepts: null,
  show: '',
};

export function registerTestSystem(
  name: string,
  initial: Partial<TestSystemConfig> = {},
): Result<TestSystem> {
  const config: TestSystemConfig = { ...DEFAULT_TEST_SYSTEM, ...initial };
  const ops: NamespaceSystemOperations = {
    create: () => -Math.abs(config.create),
    remove: () => -Math.abs(config.remove),
    isBusy: () => config.isBusy,
    parse: (_ns, line) => (config.accepts !== null && line === config.accepts ? 0 : -ECANCELED),
    show: () => config.show,
  };
  const reg = registerNamespaceSystem(name, ops);
  if (!reg.ok) return reg;
  return {
    ok: true,
    value: {
      name,
      set: (changes) => Object.assign(config, changes),
      dispose: () => reg.value.dispose(),
    },
  };
}
