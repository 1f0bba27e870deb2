// The shell interpreter's code, loaded apart from the kernel and the shell's driver (see
// interpreter.ts): what installInterpreter is given.

import type { Interpreter } from './interpreter';
import { parse } from './parser';
import { runTop, runTrap } from './runner';

export const INTERPRETER: Interpreter = { parse, runTop, runTrap };
