// Every test file starts with /usr/bin's program table installed, as the headless runner does; the
// page's worker loads it lazily (worker/main.ts), which test/boundary/lazy-programs.test.ts covers.
import { PROGRAMS } from '../worker/user/coreutils/index';
import { installPrograms } from '../worker/user/program-table';

installPrograms(PROGRAMS);
