/**
 * The action's front door: runner inputs in, outputs/annotations/summary out,
 * through @actions/core. The only module that speaks the runner's protocol.
 */
import * as core from '@actions/core';
import { NasmLambdaError, type Diagnostic } from './errors.ts';
import type { UploadFunctionZipOptions } from './artifact/upload.ts';
import type { Logger } from './log.ts';
import { INPUT_DEFAULTS, parseOptions, type InputName, type RawInputs } from './options/index.ts';
import { runPipeline, type PipelineReport } from './pipeline.ts';
import { outputsFor, summaryMarkdown } from './report/index.ts';
import { ActionLogger } from './runner.ts';
import { loadUndiciIfProxied } from './util/undici.ts';

const logger = new ActionLogger();
/** How much of a failing function's log is repeated outside the collapsed group. */
const LOG_TAIL_BYTES = 4096;

/**
 * Inputs as core.getInput reads them (INPUT_<NAME>, upper-cased, hyphens kept).
 * An absent variable, not an empty one, falls back to the default: the runner
 * fills in action.yml's defaults, other callers may not. Whitespace is kept
 * here; the options parser trims what should be trimmed.
 */
function readInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    if (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined) continue;
    raw[name] = core.getInput(name, { trimWhitespace: false });
  }
  return raw;
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (e) {
    core.debug(`job summary not written: ${(e as Error).message}`);
  }
}

async function main(): Promise<void> {
  const report: PipelineReport = {};
  let failure: string | undefined;
  let failureAt: Pick<Diagnostic, 'file' | 'title'> = {};
  try {
    const options = parseOptions(readInputs(), { cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE, env: process.env });
    const uploadArtifact = async (opts: UploadFunctionZipOptions, log: Logger) => {
      // Behind a proxy the artifact client may need undici, which start-up leaves out (see util/undici.ts).
      const [{ uploadFunctionZip }] = await Promise.all([import('./artifact/upload.ts'), loadUndiciIfProxied()]);
      return uploadFunctionZip(opts, log);
    };
    await runPipeline(options, { log: logger, env: process.env, report, uploadArtifact });
  } catch (e) {
    if (e instanceof NasmLambdaError) {
      // The failure is the error annotation below. A diagnostic on a line gets its
      // own; one without a line whose text the failure already states would only
      // repeat it, so the failure takes its place (ld's errors name a file only).
      const repeats = e.diagnostics.filter((d) => !d.line && e.message.includes(d.message));
      for (const d of e.diagnostics) if (!repeats.includes(d)) logger.annotate(d);
      if (repeats.length === 1) failureAt = { file: repeats[0].file, title: repeats[0].title };
      failure = e.message;
    } else {
      failure = `unexpected error: ${(e as Error)?.message ?? String(e)}`;
      logger.debug((e as Error)?.stack ?? String(e));
    }
  }
  // The local invoke's group is collapsed on the runner: repeat the end of a
  // failing function's log outside it, right above the error that points at it.
  const inv = report.invoke;
  if (failure && inv && !('skipped' in inv) && !inv.ok && inv.logs) {
    const tail = Buffer.from(inv.logs).subarray(-LOG_TAIL_BYTES).toString('utf8');
    logger.info(`function log (${tail.length < inv.logs.length ? 'last 4 KB' : 'all of it'}):\n${tail.replace(/\n$/, '')}`, { foreign: true });
  }
  // Outputs and the summary are written on failure too: they show what got done.
  for (const [name, value] of Object.entries(outputsFor(report))) core.setOutput(name, value);
  await writeSummary(summaryMarkdown(report, failure));
  if (failure) {
    logger.annotate({ severity: 'error', message: failure, ...failureAt });
    process.exitCode = 1;
  }
}

await main();
