// The worker's entry point and its only Comlink.expose: one Playground answering the page. Every
// call is guarded (createApi): an exception inside the kernel or the shell comes back as a
// `crash` reply, and the page offers to restart. Errors outside any call (a failed import, an
// unhandled rejection) reach the page as the worker's `error` event.
import * as Comlink from 'comlink';
import { createApi, Playground } from './session';

Comlink.expose(createApi(new Playground()));
