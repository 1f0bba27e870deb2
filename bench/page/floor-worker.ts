// The floor page's worker: the one Comlink.expose of the page benchmark's floor. It answers a
// login with a greeting and a prompt, and a line as a shell would answer `echo WORDS`: the words
// back, then the prompt. Nothing else, so the floor measures the stack, not a kernel.
import * as Comlink from 'comlink';

export interface FloorApi {
  boot(): Promise<{ greeting: string; prompt: string }>;
  input(line: string): Promise<{ output: string; prompt: string }>;
}

const PROMPT = 'floor$ ';

const api: FloorApi = {
  async boot() {
    return { greeting: 'page bench floor: lines are echoed back.\n', prompt: PROMPT };
  },
  async input(line) {
    const words = line.replace(/^\s*echo\s*/, '');
    return { output: words === '' ? '' : words + '\n', prompt: PROMPT };
  },
};

Comlink.expose(api);
