/**
 * `nasm-lambda --help` and `nasm-lambda COMMAND --help`: every flag with its
 * default and meaning, made from action.yml (through options/inputs.generated.ts) so
 * the help can't drift from the action.
 */
import { NasmLambdaError } from '../errors.ts';
import { INPUT_DEFAULTS, parseOptions, type InputName } from '../options/index.ts';
import { BOOLEAN_INPUTS, FLAG_ALIASES, NOT_CLI_INPUTS, type Command } from './args.ts';
import { ACTION_INPUTS, VERSION } from '../options/inputs.generated.ts';

const COMMAND_TEXT: Record<Command, string> = {
  build: 'assemble, link, verify and pack dir (default .) into function.zip',
  invoke: 'build, then run the zip locally with --event JSON (default {}) or --event-file FILE',
  deploy: 'build, then deploy to Lambda with --function-name NAME',
};

/** The CLI's own flags, beside the action's inputs. */
const CLI_FLAGS: { flag: string; commands: Command[]; text: string }[] = [
  { flag: '--event-file FILE', commands: ['invoke', 'deploy'], text: 'Read the event for the local invoke from FILE (instead of --event).' },
  { flag: '--verbose', commands: ['build', 'invoke', 'deploy'], text: "Print each stage's log, and the function log of a local invoke, on stderr." },
  { flag: '--help, -h', commands: ['build', 'invoke', 'deploy'], text: 'Print this help.' },
  { flag: '--version', commands: ['build', 'invoke', 'deploy'], text: "Print nasm-lambda's version." },
];

/** The CLI's defaults where they differ from the action's. */
const CLI_DEFAULTS: Partial<Record<InputName, (c: Command | undefined) => string | undefined>> = {
  'test-event': (c) => (c === 'invoke' ? '{}' : c === undefined ? '{} for invoke, none otherwise' : undefined),
};

let deployOnlyCache: Set<string> | undefined;
/**
 * The inputs that mean nothing without function-name, asked of the options
 * parser itself (it refuses them on a build) so this list can't fall behind it.
 */
export function deployOnlyInputs(): Set<string> {
  if (deployOnlyCache) return deployOnlyCache;
  const out = new Set<string>(['function-name']);
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    const def = INPUT_DEFAULTS[name];
    const probe = def === 'false' ? 'true' : def === 'true' ? 'false' : `${def}x`;
    try {
      parseOptions({ [name]: probe }, { cwd: '/', env: {} });
    } catch (e) {
      if (e instanceof NasmLambdaError && e.input === name && /function-name/.test(e.message)) out.add(name);
    }
  }
  return (deployOnlyCache = out);
}

function appliesTo(name: string, command: Command | undefined): boolean {
  if (NOT_CLI_INPUTS.has(name)) return false;
  if (command === undefined || command === 'deploy') return true;
  if (deployOnlyInputs().has(name)) return false;
  // The local test's inputs: test-event, test-event-file, test-timeout, ... and expect-response.
  if (command === 'build' && (name.startsWith('test-') || name === 'expect-response')) return false;
  return true;
}

function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function flagLine(name: string): string {
  const aliases = Object.entries(FLAG_ALIASES)
    .filter(([, n]) => n === name)
    .map(([a]) => `--${a}`);
  const spellings = [`--${name}`, ...aliases].join(', ');
  return BOOLEAN_INPUTS.has(name as InputName) ? spellings : `${spellings} VALUE`;
}

/** The flags of `command` (all of them without one), each with its default and meaning. */
export function flagsHelp(command: Command | undefined): string {
  const out: string[] = [];
  for (const input of ACTION_INPUTS) {
    if (!appliesTo(input.name, command)) continue;
    const def = CLI_DEFAULTS[input.name]?.(command) ?? input.default;
    out.push(`  ${flagLine(input.name)}${def === '' ? '' : `  (default: ${def})`}`);
    out.push(...wrap(input.description, '      '));
  }
  for (const f of CLI_FLAGS) {
    if (command !== undefined && !f.commands.includes(command)) continue;
    out.push(`  ${f.flag}`, ...wrap(f.text, '      '));
  }
  return out.join('\n');
}

export function usage(): string {
  return [
    'usage: nasm-lambda <command> [dir] [--flag value ...]',
    '',
    'commands:',
    ...(Object.entries(COMMAND_TEXT) as [Command, string][]).map(([c, t]) => `  ${c.padEnd(8)} ${t}`),
    '',
    'Every input of the action is a flag, spelled as in action.yml. A flag that takes true or false',
    'means true without a value. `nasm-lambda <command> --help` lists the flags of one command.',
    'Exit status: 0 success, 1 failure, 2 usage error.',
  ].join('\n');
}

export function help(command: Command | undefined): string {
  if (command === undefined) return `${usage()}\n\nflags:\n${flagsHelp(undefined)}\n`;
  return [
    `usage: nasm-lambda ${command} [dir] [--flag value ...]`,
    '',
    `${command}: ${COMMAND_TEXT[command]}. dir is the working directory (default .).`,
    '',
    'flags:',
    flagsHelp(command),
    '',
  ].join('\n');
}

export function versionText(): string {
  return `nasm-lambda ${VERSION}\n`;
}
