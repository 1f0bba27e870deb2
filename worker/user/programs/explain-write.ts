// `explain -w FILE 'TEXT'`: which reader FILE stands for (dynamic_events, set_event, a namespace's
// options, or `register` for the command string of a DIAG_IOCSREG), and TEXT cut into lines as
// `echo 'TEXT' >> FILE` writes them (one write() per line, KERNEL-MODEL §g.2), each explained apart.
// On Linux 6.12 dynamic_events and register follow its grammar (explain-dynevents-612.ts), and there
// is no namespace options file.

import { decodeUtf8 } from '../../kernel/lib/utf8';
import type { Tool } from '../coreutils/tool';
import { readFileSync } from '../process';
import { commandLine, explainDynamicLine, explainRegister } from './explain-dynevents';
import { explainDynamicLine612, explainRegister612, shownEvents } from './explain-dynevents-612';
import type { ExplainKernel } from './explain-kernel';
import { explainOptionsLine, explainSetEventLine } from './explain-options';
import { renderLine, type LineReport } from './explain-out';
import { absolutePath, tracefsPath } from './explain-path';

export function explainWrite(tool: Tool, file: string, text: string, kernel: ExplainKernel): number {
  if (kernel === 'linux-6.12') return explainWrite612(tool, file, text);
  const path = file.replace(/\/+$/, '');
  const rel = tracefsPath(tool.sys, path) ?? absolutePath(tool.sys.getcwd(), path);
  switch (path.slice(path.lastIndexOf('/') + 1)) {
    case 'register':
      tool.out.write(renderLine('', text, explainRegister(text)));
      return 0;
    case 'dynamic_events':
      return perLine(tool, text, explainDynamicLine);
    case 'options': {
      const ns = /(?:^|\/)namespaces\/([^/]+)\/options$/.exec(rel);
      if (ns === null)
        return tool.usage(`'${file}' is not the options file of a namespace (namespaces/NAME/options)`);
      return perLine(tool, text, (line) => explainOptionsLine(line, ns[1]));
    }
    case 'set_event':
      return setEvent(tool, rel, text);
    default:
      return tool.usage(`${file}: -w knows dynamic_events, set_event, namespaces/NAME/options and register`);
  }
}

/** -w on Linux 6.12: dynamic_events (judged against what it lists now), set_event and register. */
function explainWrite612(tool: Tool, file: string, text: string): number {
  const path = file.replace(/\/+$/, '');
  const rel = tracefsPath(tool.sys, path) ?? absolutePath(tool.sys.getcwd(), path);
  switch (path.slice(path.lastIndexOf('/') + 1)) {
    case 'register':
      tool.out.write(renderLine('', text, explainRegister612(text)));
      return 0;
    case 'dynamic_events': {
      const lines = tracefsLines(tool, 'dynamic_events');
      let now = lines === null ? null : shownEvents(lines);
      return perLine(tool, text, (line) => {
        const r = explainDynamicLine612(line, now);
        // NOTE: once a line may have changed the events, later lines cannot be judged by "now".
        if (r.err === 0 && commandLine(line).line.trim() !== '') now = null;
        return r;
      });
    }
    case 'set_event':
      return setEvent(tool, rel, text);
    default:
      return tool.usage(`${file}: -w knows dynamic_events, set_event and register`);
  }
}

function setEvent(tool: Tool, rel: string, text: string): number {
  const instance = /^instances\/([^/]+)\/set_event$/.exec(rel);
  const where = instance ? `instance ${instance[1]}` : 'the top-level trace array';
  const events = tracefsLines(tool, 'available_events');
  return perLine(tool, text, (line) => explainSetEventLine(line, events, where));
}

/** Each line of TEXT on its own, numbered when there are several. */
function perLine(tool: Tool, text: string, explainLine: (line: string) => LineReport): number {
  const lines = text.split('\n');
  if (lines.length === 1) {
    tool.out.write(renderLine('', text, explainLine(text)));
    return 0;
  }
  tool.out.write(
    `${lines.length} lines; echo writes each with a write() of its own, so each stands alone:\n`,
  );
  lines.forEach((line, i) => tool.out.write(`\n${renderLine(`line ${i + 1}: `, line, explainLine(line))}`));
  return 0;
}

/** The lines of a top-level tracefs file through the process's tracefs mount, or null when unreadable. */
function tracefsLines(tool: Tool, name: string): string[] | null {
  const root = tool.sys.mounts().find((m) => m.fsType === 'tracefs' && m.source === 'tracefs');
  if (root === undefined) return null;
  const bytes = readFileSync(tool.sys, `${root.target}/${name}`);
  if (bytes === null) return null;
  return decodeUtf8(bytes)
    .split('\n')
    .filter((l) => l !== '');
}
