// An expansion bash refuses (`bad substitution`, `unbound variable`, an arithmetic error): the
// message after `bash: `. Like bash at its prompt, it abandons the rest of the command line.

export class ExpandError {
  constructor(
    readonly message: string,
    readonly status = 1,
    /** The status a non-interactive shell exits with (bash gives 127 for `${x:?}`). */
    readonly scriptStatus = status,
  ) {}
}
