// The `explain` command the page offers for a failed command (src/terminal/explain-hint.ts).
import { describe, expect, it } from 'vitest';
import { explainHint } from '../../src/terminal/explain-hint';

describe('explain hints', () => {
  it('offers nothing for a command that succeeded', () => {
    expect(explainHint("echo 'u:x u32 a' >> dynamic_events", '', 0)).toBeNull();
  });

  it('explains a line written to dynamic_events, options or set_event', () => {
    const bad = 'bash: echo: write error: Invalid argument\n';
    expect(explainHint("echo 'u:x u32' >> dynamic_events", bad, 1)).toBe(
      "explain -w dynamic_events 'u:x u32'",
    );
    expect(explainHint('echo user_events_limit=0 > namespaces/a/options', bad, 1)).toBe(
      "explain -w namespaces/a/options 'user_events_limit=0'",
    );
    expect(explainHint('echo "nope:x" >> set_event', bad, 1)).toBe("explain -w set_event 'nope:x'");
  });

  it('quotes a text that holds a single quote', () => {
    expect(explainHint(`echo "u:it's u32 a" >> dynamic_events`, '', 1)).toBe(
      `explain -w dynamic_events 'u:it'\\''s u32 a'`,
    );
  });

  it('explains a uevent register command', () => {
    expect(explainHint("uevent register 3 'x char[0] a'", 'uevent: register: Invalid argument\n', 1)).toBe(
      "explain -w register 'x char[0] a'",
    );
  });

  it('otherwise explains the errno the message names', () => {
    expect(
      explainHint(
        'rmdir namespaces/ns1',
        "rmdir: failed to remove 'namespaces/ns1': Device or resource busy\n",
        1,
      ),
    ).toBe('explain EBUSY');
    expect(explainHint('echo 1 > tracing_on', 'bash: tracing_on: Permission denied\n', 1)).toBe(
      'explain EACCES',
    );
    expect(explainHint('false', '', 1)).toBeNull();
  });
});
