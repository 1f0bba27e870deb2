// The worker's entry point and its only Comlink.expose: one Playground answering the page.
import * as Comlink from 'comlink';
import type { PlaygroundApi } from './protocol';
import { Playground } from './session';

const playground = new Playground();

const api: PlaygroundApi = {
  boot: async () => playground.boot(),
  input: async (session, line) => playground.input(session, line),
  interrupt: async (session) => playground.interrupt(session),
  resume: async (session) => playground.resume(session),
};

Comlink.expose(api);
