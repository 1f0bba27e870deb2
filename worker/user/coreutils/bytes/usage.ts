// Models the usage paths the bytes tools share: `--help` (the playground's own usage and summary
// line), and a usage error in either family's words: coreutils and util-linux say
// `Try 'od --help' ...` on a line of its own, diffutils prefixes it with the program name.

import { encodeText } from '../../bytes';
import { HELP } from '../../shell/help';
import type { Tool } from '../tool';

export type UsageStyle = 'coreutils' | 'diffutils';

/**
 * With status 0, prints the help; otherwise the message (if any) and the `Try ... --help` line.
 * Returns the status to exit with.
 */
export function usageError(
  t: Tool,
  message: string | null,
  status = t.exitFailure,
  style: UsageStyle = 'coreutils',
): number {
  if (status === 0) {
    const h = Object.hasOwn(HELP, t.name) ? HELP[t.name] : undefined;
    t.out.write(`Usage: ${h ? h.usage : t.name}\n${h ? h.summary + '\n' : ''}`);
    return t.finish(0);
  }
  if (message !== null) t.error(message, status);
  const prefix = style === 'diffutils' ? `${t.name}: ` : '';
  t.sys.write(2, encodeText(`${prefix}Try '${t.name} --help' for more information.\n`));
  return t.finish(status);
}
