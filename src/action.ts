/**
 * The action's front door: runner inputs in, outputs/annotations/summary out.
 * The only module that speaks the runner's protocol.
 */
import { NasmLambdaError, type Diagnostic } from './errors.ts';
import type { UploadFunctionZipOptions } from './artifact/upload.ts';
import type { Logger } from './log.ts';
import { INPUT_DEFAULTS, parseOptions, type InputName, type RawInputs } from './options/index.ts';
import { runPipeline, type PipelineReport } from './pipeline.ts';
import { outputsFor, summaryMarkdown } from './report/index.ts';
import { Runner } from './runner.ts';

const runner = new Runner();

/** Inputs as the runner passes them; an absent variable (not an empty one) falls back to the default. */
function readInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    const value = runner.input(name);
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

function annotate(d: Diagnostic): void {
  runner.annotate(d.severity, d.message, { title: d.title, file: d.file, line: d.line, col: d.col });
}

const logger: Logger = {
  info: (m) => runner.info(m),
  debug: (m) => runner.debug(m),
  annotate,
  group: (name, fn) => runner.group(name, fn),
};

async function main(): Promise<void> {
  const report: PipelineReport = {};
  let failure: string | undefined;
  try {
    const options = parseOptions(readInputs(), { cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE, env: process.env });
    const uploadArtifact = async (opts: UploadFunctionZipOptions, log: Logger) => (await import('./artifact/upload.ts')).uploadFunctionZip(opts, log);
    await runPipeline(options, { log: logger, env: process.env, report, uploadArtifact });
  } catch (e) {
    if (e instanceof NasmLambdaError) {
      for (const d of e.diagnostics) annotate(d);
      failure = e.message;
    } else {
      failure = `unexpected error: ${(e as Error)?.message ?? String(e)}`;
      runner.debug((e as Error)?.stack ?? String(e));
    }
  }
  // Outputs and the summary are written on failure too: they show what got done.
  for (const [name, value] of Object.entries(outputsFor(report))) runner.setOutput(name, value);
  runner.appendSummary(summaryMarkdown(report, failure));
  if (failure) {
    runner.annotate('error', failure);
    process.exitCode = 1;
  }
}

await main();
