// Every test file starts with /usr/bin's program table and the linux-6.12 profile installed, as the
// headless runner does; the page's worker loads them lazily (worker/main.ts), which
// test/boundary/lazy-programs.test.ts covers.
import { installAll } from '../worker/install-all';

installAll();
