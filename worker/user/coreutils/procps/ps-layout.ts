// Models procps-ng ps/output.c's line layout: check_header_width() (how many screen widths the columns
// need) and show_one_proc(), which right- or left-justifies each cell in its column, lets a cell
// that overflows push the rest of the line right and take the space back from later columns, and
// gives the last column what is left of the line (a command line is cut at the screen's edge).

import type { ProcInfo } from './ps-proc';
import type { Env, Spec } from './ps-columns';

/** OUTBUF_SIZE: the widest line ps builds (and its width when standard output is not a terminal). */
export const OUTBUF_SIZE = 2 * 64 * 1024;
/** SPACE_AMOUNT: the most padding written before one cell. */
const SPACE_AMOUNT = 144;

/** One column of the format list: a spec, its header and width (both may be overridden by -o). */
export interface Column {
  readonly spec: Spec;
  readonly head: string;
  readonly width: number;
}

/** check_header_width(): the smallest multiple of the screen width that holds every column. */
export function activeColumns(columns: readonly Column[], screenCols: number): number {
  let total = 0;
  let wasNormal = 0;
  columns.forEach((c, i) => {
    const last = i === columns.length - 1;
    total += c.spec.justify === 'unlimited' && last ? 3 : c.width;
    total += wasNormal;
    wasNormal = 1;
  });
  for (let i = 1; ; i++) {
    const active = screenCols * i;
    if (active >= total || active >= OUTBUF_SIZE / 2) return active;
  }
}

/** show_one_proc(): one line, the header when `p` is null. */
export function showLine(
  columns: readonly Column[],
  p: ProcInfo | null,
  env: Env,
  active: number,
  userIsNumber = false,
): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const last = i === columns.length - 1;
    let tmpspace = 0;
    let room: number;
    if (!last) room = c.width;
    else {
      tmpspace = correct - actual;
      if (tmpspace < 1) {
        tmpspace = dospace;
        room = active - actual - tmpspace;
      } else room = active - Math.max(correct, actual);
    }
    room = Math.min(Math.max(room, 0), OUTBUF_SIZE - 1);
    let text = p ? c.spec.pr(p, env, room) : c.head;
    let leftpad = 0;
    if (c.spec.justify === 'right' || (c.spec.justify === 'user' && userIsNumber)) {
      leftpad = Math.max(c.width - text.length, 0);
    } else if (c.spec.justify === 'unlimited' && active - actual - tmpspace < 1) text = text.slice(0, 1);
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    if (space > SPACE_AMOUNT) space = SPACE_AMOUNT;
    line += ' '.repeat(space) + text;
    if (last) break;
    actual += space + text.length;
    correct += c.width + 1;
    dospace = 1;
  }
  return line + '\n';
}
