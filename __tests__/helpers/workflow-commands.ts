/**
 * What the runner would obey in a step's output: a model of the runner's
 * workflow-command rules (actions/runner ActionCommandManager), to run over an
 * action's whole stdout and stderr.
 *
 * - A line break is LF, CRLF or a bare CR.
 * - `::name props::data` counts after leading whitespace (the v2 form), when
 *   `name` is a known command (case-insensitive).
 * - Otherwise `##[name props]data` counts anywhere in the line (the v1 form).
 *   The runner only looks at the first `##[`; this model looks at every one, so
 *   it is stricter than the runner.
 * - `::stop-commands::TOKEN` stops both until a line that is `::TOKEN::` (or
 *   `##[TOKEN]`), compared case-insensitively.
 */

export const KNOWN_COMMANDS = new Set([
  'add-mask',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
  'internal-set-repo-path',
]);

export interface WorkflowCommand {
  /** Lower-cased command name; `resume` for the line that ends stop-commands. */
  name: string;
  form: 'v2' | 'v1';
  properties: Record<string, string>;
  /** The data, unescaped as the runner does. */
  data: string;
  /** The whole line it came from. */
  line: string;
  /** 0-based index of that line. */
  index: number;
  /** Whether the line had text before the command (leading whitespace, or anything before `##[`). */
  indented: boolean;
}

export interface ParsedOutput {
  commands: WorkflowCommand[];
  /** The stop token still in force at the end, if the output never resumed commands. */
  stoppedAtEnd?: string;
}

export function splitRunnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

function properties(info: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const part of info.split(',')) {
    if (!part) continue;
    const at = part.indexOf('=');
    if (at > 0) props[part.slice(0, at)] = unescapeProperty(part.slice(at + 1));
  }
  return props;
}

function parseV2(line: string, index: number, known: (name: string) => boolean): WorkflowCommand | undefined {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!known(name)) return undefined;
  return {
    name,
    form: 'v2',
    properties: space < 0 ? {} : properties(info.slice(space + 1)),
    data: unescapeData(trimmed.slice(end + 2)),
    line,
    index,
    indented: trimmed.length !== line.length,
  };
}

function parseV1(line: string, index: number, known: (name: string) => boolean): WorkflowCommand | undefined {
  for (let at = line.indexOf('##['); at >= 0; at = line.indexOf('##[', at + 1)) {
    const close = line.indexOf(']', at);
    if (close < 0) return undefined;
    const info = line.slice(at + 3, close);
    const space = info.indexOf(' ');
    const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
    if (!known(name)) continue;
    const props: Record<string, string> = {};
    if (space >= 0) {
      for (const part of info.slice(space + 1).split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0) props[part.slice(0, eq).trim()] = part.slice(eq + 1);
      }
    }
    return { name, form: 'v1', properties: props, data: line.slice(close + 1), line, index, indented: at > 0 };
  }
  return undefined;
}

/** Every command the runner would obey in `text`, in order. */
export function parseWorkflowCommands(text: string): ParsedOutput {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  splitRunnerLines(text).forEach((line, index) => {
    if (stopToken !== undefined) {
      const token = stopToken;
      const isToken = (name: string) => name === token;
      const resume = parseV2(line, index, isToken) ?? parseV1(line, index, isToken);
      if (resume) {
        commands.push({ ...resume, name: 'resume' });
        stopToken = undefined;
      }
      return;
    }
    const known = (name: string) => KNOWN_COMMANDS.has(name);
    const cmd = parseV2(line, index, known) ?? parseV1(line, index, known);
    if (!cmd) return;
    commands.push(cmd);
    if (cmd.name === 'stop-commands' && cmd.data !== '') stopToken = cmd.data.toLowerCase();
  });
  return { commands, stoppedAtEnd: stopToken };
}

/** The text a reader sees outside the runner's commands (fenced text included, as the runner prints it). */
export function visibleText(text: string): string {
  const { commands } = parseWorkflowCommands(text);
  const hidden = new Set(commands.map((c) => c.index));
  return splitRunnerLines(text)
    .filter((_, i) => !hidden.has(i))
    .join('\n');
}
