// `explain certified`: what a lesson's "Certified" mark means and what the comparison hides, printed
// by the playground's explain like its other answers (an 80-column terminal, status 0), with every
// normalisation rule named; the other forms of explain are unchanged by the topic.
import { describe, expect, it } from 'vitest';
import { CERTIFIED_TOPIC } from '../../worker/user/programs/explain-certified';
import { sh } from '../user/helpers';
import { RULES } from './normalise';

describe('explain certified', () => {
  it('says what certified means and what the normalisation hides', () => {
    const { out, status } = sh('explain certified');
    expect(status).toBe(0);
    expect(out).toBe(CERTIFIED_TOPIC);
    expect(out).toMatch(/^certified: what the Learn tab’s "Certified" mark means\n/);
    expect(out).toContain('Linux 6.1');
    expect(out).toContain('tracing-namespaces RFC v2');
    expect(out).toContain('\nWhat the comparison hides:\n');
    for (const r of RULES) expect(out).toMatch(new RegExp(`^  ${r.id} +\\S`, 'm'));
    expect(out).toContain('Everything else is compared as printed');
  });

  it('fits an 80-column terminal', () => {
    for (const line of sh('explain certified').out.split('\n'))
      expect([...line].length).toBeLessThanOrEqual(78);
  });

  it('leaves the other forms alone', () => {
    expect(sh('explain certified extra')).toEqual({
      out: "explain: extra operand 'extra'\nTry 'explain --help' for more information.\n",
      status: 2,
    });
    expect(sh('explain EBUSY').out).toMatch(/^EBUSY \(16\): Device or resource busy\n/);
    expect(sh('explain ./certified')).toEqual({
      out: 'explain: ./certified: No such file or directory\n',
      status: 1,
    });
  });
});
