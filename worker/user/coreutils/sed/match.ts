// Models re_search() as GNU sed calls it: the first match at or after an offset of the whole
// buffer (so `^`, \b and \< see what precedes the offset), leftmost and then longest. A pattern
// with repetition or alternation runs on the automaton of nfa.ts (linear time, POSIX's longest
// match); one without runs as a JavaScript RegExp (the same match, natively fast). Back-references
// need backtracking: such a pattern runs as a RegExp whose match is stretched, where alternation
// or repetition could make it shorter than POSIX's, by asking again for one that starts at the
// same place and ends later, until none does.

import { Automaton, type Match } from './automaton';
import { parseRegex, type RegexError, type RegexFlags } from './regex';
import { hasChoices, jsSource } from './regex-js';

/** Beyond this length a line keeps JavaScript's own match (the stretching costs a pass each). */
const LONGEST_LIMIT = 1 << 16;
const PROBES_KEPT = 64;

export class SedRegex {
  private readonly re: RegExp | null;
  private readonly probes = new Map<string, RegExp>();

  private constructor(
    private readonly automaton: Automaton | null,
    private readonly source: string,
    private readonly flags: string,
    /** Number of capturing groups. */
    readonly groups: number,
    private readonly needsLongest: boolean,
  ) {
    this.re = automaton ? null : new RegExp(source, 'g' + flags);
  }

  /** Compiles a pattern (a byte string); a RegexError when regcomp would refuse it. */
  static compile(pattern: string, flags: RegexFlags): SedRegex | RegexError {
    const parsed = parseRegex(pattern, flags);
    if ('message' in parsed) return parsed;
    const choices = hasChoices(parsed.root);
    const automaton = choices && !parsed.backrefs ? Automaton.build(parsed) : null;
    const source = automaton ? '' : jsSource(parsed);
    const jsFlags = flags.icase && parsed.backrefs ? 'i' : '';
    return new SedRegex(automaton, source, jsFlags, parsed.groups, choices);
  }

  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean {
    if (this.automaton) return this.automaton.exec(text, 0, true) !== null;
    const re = this.re as RegExp;
    re.lastIndex = 0;
    return re.test(text);
  }

  /** The leftmost-longest match starting at or after `from`. */
  exec(text: string, from: number): Match | null {
    if (this.automaton) return this.automaton.exec(text, from);
    const re = this.re as RegExp;
    re.lastIndex = from;
    let m = re.exec(text);
    if (!m || !this.needsLongest || text.length > LONGEST_LIMIT) return m;
    for (;;) {
      const end = m.index + m[0].length;
      if (end >= text.length) return m;
      const probe = this.probe(end + 1, text.length);
      probe.lastIndex = m.index;
      const longer = probe.exec(text);
      if (!longer) return m;
      m = longer;
    }
  }

  /** A sticky copy of the pattern that only matches when it ends at or after `minEnd`. */
  private probe(minEnd: number, length: number): RegExp {
    // Whichever side is shorter to look at: at least minEnd before, or at most length-minEnd after.
    const after = length - minEnd;
    const guard = minEnd <= after + 1 ? `(?<=[^]{${minEnd}})` : `(?![^]{${after + 1}})`;
    let probe = this.probes.get(guard);
    if (!probe) {
      if (this.probes.size >= PROBES_KEPT) this.probes.clear();
      probe = new RegExp(`(?:${this.source})${guard}`, 'y' + this.flags);
      this.probes.set(guard, probe);
    }
    return probe;
  }
}
