/**
 * The command-line front door: `nasm-lambda build|invoke|deploy [dir] [--flag value ...]`.
 * Same pipeline as the action; every action input is a `--<input>` flag.
 * Loaded by src/cli.ts once the Node.js version is known to be new enough.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NasmLambdaError } from '../errors.ts';
import { parseOptions } from '../options/index.ts';
import { runPipeline, type PipelineReport } from '../pipeline.ts';
import { buildFacts, deployFacts } from '../report/index.ts';
import { parseArgs, UsageError, type Parsed, type Request } from './args.ts';
import { help, usage, versionText } from './help.ts';
import { err, guardStdio, line, makeLogger, out, printDiagnostic, printFacts } from './output.ts';
import { cliMessage, forLaptop } from './wording.ts';

export async function main(argv: string[]): Promise<number> {
  guardStdio();
  let request: Request;
  try {
    request = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`nasm-lambda: ${e.message}\n\n${usage()}\n`);
    if (e.command) err(`Run \`nasm-lambda ${e.command} --help\` for its flags.\n`);
    return 2;
  }
  if (request.kind === 'help') {
    out(help(request.command));
    return 0;
  }
  if (request.kind === 'version') {
    out(versionText());
    return 0;
  }
  return run(request);
}

async function run(parsed: Parsed): Promise<number> {
  const report: PipelineReport = {};
  const log = makeLogger(parsed.verbose);
  try {
    if (parsed.eventFile !== undefined) {
      parsed.raw['test-event'] = await readFile(path.resolve(parsed.eventFile), 'utf8').catch((e: NodeJS.ErrnoException) => {
        throw new NasmLambdaError(`cannot read ${parsed.eventFile} (${e.code})`, { input: 'event-file', fix: 'give the path of a JSON file' });
      });
      // Errors about the event name the flag it came from.
      parsed.spelled['test-event'] = '--event-file';
    }
    if (parsed.command === 'invoke' && !parsed.raw['test-event']?.trim()) {
      throw new NasmLambdaError('the event is empty', { input: 'test-event', fix: "give a JSON event, such as --event '{}'" });
    }
    if (parsed.command === 'deploy') {
      const { resolveRegion } = await import('./region.ts');
      const region = await resolveRegion(parsed.raw, process.env);
      if (region) parsed.raw.region = region;
    }
    const options = parseOptions(parsed.raw, { cwd: process.cwd(), env: process.env });
    await runPipeline(options, { log, env: process.env, report });
  } catch (e) {
    if (!(e instanceof NasmLambdaError)) throw e;
    e.diagnostics.forEach(printDiagnostic);
    printInvokeFailure(report, parsed.verbose);
    err(`nasm-lambda: ${cliMessage(e, parsed.spelled)}\n`);
    return 1;
  }
  if (parsed.command === 'invoke') {
    const inv = report.invoke;
    if (!inv || 'skipped' in inv) {
      err(`nasm-lambda: the function was built but not invoked: ${inv ? forLaptop(inv.skipped) : 'no event'}\n`);
      return 1;
    }
    // Which runtime answered, for the person; stdout keeps only the response.
    if (report.runtime) err(`nasm-lambda: invoked through the runtime ${report.runtime}\n`);
    // With --verbose the function log was printed with the stage's log, once.
    // The exact bytes: a response need not be UTF-8.
    if (inv.ok) out(inv.body);
    return 0;
  }
  printFacts([...buildFacts(report), ...deployFacts(report)]);
  return 0;
}

/**
 * A failed local invoke: the function log once, before the error that points
 * at it (--verbose printed it already, with the stage's log). The generated
 * bootstrap puts the last lines of stderr into the stackTrace, which are then
 * already in the log.
 */
function printInvokeFailure(report: PipelineReport, verbose: boolean): void {
  const inv = report.invoke && !('skipped' in report.invoke) && !report.invoke.ok ? report.invoke : undefined;
  if (!inv) return;
  const logs = inv.logs;
  if (logs && !verbose) err(line(logs));
  err(`${inv.errorType}: ${inv.errorMessage}\n`);
  const logLines = new Set(logs.split('\n'));
  const trace = inv.stackTrace ?? [];
  if (!trace.every((l) => logLines.has(l))) for (const l of trace) err(`  ${l}\n`);
}
