// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { runBytes } from './run';

describe('bytes that are not UTF-8 pass through', () => {
  it.each([
    ["printf 'b\\n\\200\\na\\n\\377x\\nB\\n' | sort", '420a610a620a800aff780a', 0],
    ["printf 'a\\351b\\n' | tr '\\351' '\\352'", '61ea620a', 0],
    ["printf 'x\\351\\n' | sort -r", '78e90a', 0],
    ["printf 'a\\351\\nA\\351\\n' | uniq -i", '61e90a', 0],
    ["printf '\\351:\\352\\n' | cut -d: -f2", 'ea0a', 0],
    ["printf '\\351\\n' | tee t; cat t", 'e90ae90a', 0],
    ["printf 'a\\351\\tb\\n' | cut -f2", '620a', 0],
    ["printf 'a\\351\\tb\\n' | cut -f1", '61e90a', 0],
    ["printf '\\377\\n\\376\\n\\377\\n' | sort -u", 'fe0aff0a', 0],
    ["printf '\\377\\n\\377\\n' | uniq -c", '2020202020203220ff0a', 0],
    ["printf 'abc\\n' | tr -c 'b' '\\377'", 'ff62ffff', 0],
    ["printf '\\200b\\n' | tr '\\200-\\377' '[x*]'", '78620a', 0],
    ["basename $'/a/\\351b.c' .c", 'e9620a', 0],
    ["seq -s $'\\351' 3", '31e932e9330a', 0],
    ["yes $'\\351' | head -2", 'e90ae90a', 0],
  ])('%s (bytes)', (script, hex, status) => {
    expect(runBytes(script)).toEqual({ hex, status });
  });
});
