/// <reference types="vite/client" />
// The export's sources as the build bundles them (Vite's `?raw`), for the page's worker: loaded with
// the export itself, only when a script is asked for (session.ts).
import ueventC from '../../native/uevent/uevent.c?raw';
import runtimeSh from './runtime.sh?raw';
import type { ScriptSources } from './sources';

export const BUNDLED_SOURCES: ScriptSources = { ueventC, runtimeSh };
