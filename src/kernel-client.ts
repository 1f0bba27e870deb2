// The page's only Comlink.wrap: the worker that runs the kernel, seen through its protocol.
import * as Comlink from 'comlink';
import type { PlaygroundApi } from '../worker/protocol';

export function connectKernel(): Comlink.Remote<PlaygroundApi> {
  const worker = new Worker(new URL('../worker/main.ts', import.meta.url), { type: 'module' });
  return Comlink.wrap<PlaygroundApi>(worker);
}

export type KernelClient = Comlink.Remote<PlaygroundApi>;
