#!/usr/bin/env node
/**
 * The command-line front door: `nasm-lambda build|invoke|deploy [dir] [--input value ...]`.
 * Same pipeline as the action; every action input is a `--<input>` flag.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NasmLambdaError, type Diagnostic } from './errors.ts';
import type { Logger } from './log.ts';
import { INPUT_DEFAULTS, parseOptions, type InputName, type RawInputs } from './options/index.ts';
import { runPipeline, type PipelineReport } from './pipeline.ts';
import { buildFacts, deployFacts } from './report/index.ts';

const USAGE = `usage: nasm-lambda <command> [dir] [--<input> <value> ...]

commands:
  build    assemble, link, verify and pack dir (default .) into function.zip
  invoke   build, then run the zip locally with --event JSON or --event-file F
  deploy   build, then deploy with --function-name NAME (see the action's inputs)

Every action input is a flag: --sources 'src/**/*.asm' --handler bin/app --out DIR
(--out is output-dir), --publish, --alias pr-7, --dry-run ... Flags without a
value mean true. --verbose prints each stage's log.`;

// The inputs whose default is a boolean take no value on the command line.
const BOOLEAN_INPUTS = new Set((Object.entries(INPUT_DEFAULTS) as [InputName, string][]).filter(([, d]) => d === 'true' || d === 'false').map(([n]) => n));
const FLAG_ALIASES: Record<string, InputName> = { out: 'output-dir', output: 'output-dir', dir: 'working-directory', event: 'test-event' };

class UsageError extends Error {}
class HelpRequest extends UsageError {}

interface Parsed {
  command: 'build' | 'invoke' | 'deploy';
  raw: RawInputs;
  eventFile?: string;
  verbose: boolean;
}

function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') throw new HelpRequest('');
  if (command !== 'build' && command !== 'invoke' && command !== 'deploy') throw new UsageError(command ? `unknown command ${command}` : 'no command');
  // A laptop has no artifact service; the CLI uploads nothing unless asked.
  const raw: RawInputs = { 'artifact-name': '' };
  let eventFile: string | undefined;
  let verbose = false;
  let positional = 0;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      if (positional++ > 0) throw new UsageError(`unexpected argument ${arg}`);
      raw['working-directory'] = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === 'verbose') {
      verbose = true;
      continue;
    }
    if (name === 'help') throw new HelpRequest('');
    const takeValue = (): string => {
      if (value !== undefined) return value;
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
      return next;
    };
    if (name === 'event-file') {
      eventFile = takeValue();
      continue;
    }
    name = FLAG_ALIASES[name] ?? name;
    if (!(name in INPUT_DEFAULTS)) throw new UsageError(`unknown flag --${name}`);
    const input = name as InputName;
    if (
      BOOLEAN_INPUTS.has(input) &&
      value === undefined &&
      (rest[i + 1] === undefined || rest[i + 1].startsWith('--') || !/^(true|false)$/i.test(rest[i + 1]))
    ) {
      value = 'true';
    }
    raw[input] = takeValue();
  }
  if (command === 'invoke' && raw['test-event'] === undefined && eventFile === undefined) raw['test-event'] = '{}';
  if (command !== 'deploy' && raw['function-name']) throw new UsageError(`--function-name belongs to the deploy command`);
  if (command === 'deploy' && !raw['function-name']) throw new UsageError('deploy needs --function-name');
  return { command, raw, eventFile, verbose };
}

function printDiagnostic(d: Diagnostic): void {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.col ? `:${d.col}` : ''}: ` : '';
  process.stderr.write(`${where}${d.severity}: ${d.message}\n`);
}

function makeLogger(verbose: boolean): Logger {
  return {
    info: (m) => {
      if (verbose) process.stderr.write(`${m}\n`);
    },
    debug: () => {},
    annotate: printDiagnostic,
    group: async (name, fn) => {
      if (verbose) process.stderr.write(`== ${name}\n`);
      return fn();
    },
  };
}

function printFacts(rows: [string, string][]): void {
  const width = Math.max(0, ...rows.map(([k]) => k.length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v.replace(/`/g, '')}\n`);
}

async function main(argv: string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (e instanceof HelpRequest) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`nasm-lambda: ${e.message}\n\n`);
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const report: PipelineReport = {};
  try {
    if (parsed.eventFile !== undefined) {
      parsed.raw['test-event'] = await readFile(path.resolve(parsed.eventFile), 'utf8').catch((e: NodeJS.ErrnoException) => {
        throw new NasmLambdaError(`cannot read ${parsed.eventFile} (${e.code})`, { input: 'event-file', fix: 'give the path of a JSON file' });
      });
    }
    if (parsed.command === 'invoke' && !parsed.raw['test-event']?.trim()) {
      throw new NasmLambdaError('the event is empty', {
        input: parsed.eventFile === undefined ? 'event' : 'event-file',
        fix: "give a JSON event, such as --event '{}'",
      });
    }
    const options = parseOptions(parsed.raw, { cwd: process.cwd(), env: process.env });
    await runPipeline(options, { log: makeLogger(parsed.verbose), env: process.env, report });
  } catch (e) {
    if (!(e instanceof NasmLambdaError)) throw e;
    e.diagnostics.forEach(printDiagnostic);
    const inv = report.invoke;
    if (inv && !('skipped' in inv) && !inv.ok) {
      if (inv.logs) process.stderr.write(inv.logs.endsWith('\n') ? inv.logs : `${inv.logs}\n`);
      process.stderr.write(`${inv.errorType}: ${inv.errorMessage}\n`);
      for (const line of inv.stackTrace ?? []) process.stderr.write(`  ${line}\n`);
    }
    process.stderr.write(`nasm-lambda: ${e.message}\n`);
    return 1;
  }
  if (parsed.command === 'invoke') {
    const inv = report.invoke;
    if (!inv || 'skipped' in inv) {
      process.stderr.write(`nasm-lambda: the function was built but not invoked: ${inv ? inv.skipped : 'no event'}\n`);
      return 1;
    }
    if (inv.ok) {
      if (parsed.verbose && inv.logs) process.stderr.write(inv.logs);
      // The exact bytes: a response need not be UTF-8.
      process.stdout.write(inv.body);
    }
    return 0;
  }
  printFacts([...buildFacts(report), ...deployFacts(report)]);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
