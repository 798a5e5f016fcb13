/**
 * The CLI's command line: a command, an optional directory and `--flag value`
 * pairs, one flag per action input (plus a few of the CLI's own).
 */
import { INPUT_DEFAULTS, type InputName, type RawInputs } from '../options/index.ts';

export type Command = 'build' | 'invoke' | 'deploy';
export const COMMANDS: readonly Command[] = ['build', 'invoke', 'deploy'];

export class UsageError extends Error {
  /** The command whose flags were wrong, so the message can point at its --help. */
  readonly command?: Command;
  constructor(message: string, command?: Command) {
    super(message);
    this.command = command;
  }
}

export type Request = { kind: 'help'; command?: Command } | { kind: 'version' } | ({ kind: 'run' } & Parsed);

export interface Parsed {
  command: Command;
  raw: RawInputs;
  eventFile?: string;
  verbose: boolean;
  /** How the user spelled the flag of each input given on the command line (`--out`), or `dir` for the directory argument. */
  spelled: Partial<Record<InputName | 'event-file', string>>;
}

/** Shorter CLI spellings of action inputs. The first one of an input is the one errors use when the user gave none. */
export const FLAG_ALIASES: Record<string, InputName> = { out: 'output-dir', output: 'output-dir', dir: 'working-directory', event: 'test-event' };

/** Inputs the CLI has no use for: a laptop has no artifact service, so the CLI uploads nothing. */
export const NOT_CLI_INPUTS: ReadonlySet<string> = new Set(['artifact-name', 'retention-days']);

/** The inputs whose default is a boolean take no value on the command line. */
export const BOOLEAN_INPUTS: ReadonlySet<InputName> = new Set(
  (Object.entries(INPUT_DEFAULTS) as [InputName, string][]).filter(([, d]) => d === 'true' || d === 'false').map(([n]) => n),
);

/** The flag a person would type for an input (`--out` for output-dir). */
export function preferredFlag(input: string): string {
  const alias = Object.entries(FLAG_ALIASES).find(([, name]) => name === input)?.[0];
  return `--${alias ?? input}`;
}

export function parseArgs(argv: string[]): Request {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command');
  if (first === 'help' || first === '--help' || first === '-h') {
    const topic = rest[0] as Command | undefined;
    return { kind: 'help', command: topic && COMMANDS.includes(topic) ? topic : undefined };
  }
  if (first === '--version' || first === '-V' || first === 'version') return { kind: 'version' };
  if (!COMMANDS.includes(first as Command)) throw new UsageError(`unknown command ${first}`);
  const command = first as Command;
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', command };
  if (rest.includes('--version')) return { kind: 'version' };

  // A laptop has no artifact service; the CLI uploads nothing.
  const raw: RawInputs = { 'artifact-name': '' };
  const spelled: Parsed['spelled'] = {};
  let eventFile: string | undefined;
  let verbose = false;
  const fail = (message: string): never => {
    throw new UsageError(message, command);
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      if (spelled['working-directory'] === 'dir') fail(`unexpected argument ${arg}`);
      if (spelled['working-directory']) fail(`both a directory argument (${arg}) and ${spelled['working-directory']} given: give one`);
      raw['working-directory'] = arg;
      spelled['working-directory'] = 'dir';
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === 'verbose') {
      verbose = true;
      continue;
    }
    const takeValue = (): string => {
      if (value !== undefined) return value;
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) fail(`--${flag} needs a value`);
      i++;
      return next;
    };
    if (flag === 'event-file') {
      eventFile = takeValue();
      spelled['event-file'] = '--event-file';
      continue;
    }
    const name = FLAG_ALIASES[flag] ?? flag;
    if (NOT_CLI_INPUTS.has(name)) fail(`--${flag} is for the action only: the CLI uploads no artifact`);
    if (!(name in INPUT_DEFAULTS)) fail(`unknown flag --${flag}`);
    const input = name;
    if (input === 'working-directory' && spelled['working-directory'] === 'dir')
      fail(`both a directory argument (${raw['working-directory']}) and --${flag} given: give one`);
    if (
      BOOLEAN_INPUTS.has(input) &&
      value === undefined &&
      (rest[i + 1] === undefined || rest[i + 1].startsWith('--') || !/^(true|false)$/i.test(rest[i + 1]))
    ) {
      value = 'true';
    }
    raw[input] = takeValue();
    spelled[input] = `--${flag}`;
  }
  if (eventFile !== undefined && raw['test-event'] !== undefined) fail(`both ${spelled['test-event']} and --event-file given: give one`);
  if (command === 'invoke' && raw['test-event'] === undefined && eventFile === undefined) raw['test-event'] = '{}';
  if (command !== 'deploy' && raw['function-name']) fail(`--function-name belongs to the deploy command`);
  if (command === 'deploy' && !raw['function-name']) fail('deploy needs --function-name');
  return { kind: 'run', command, raw, eventFile, verbose, spelled };
}
