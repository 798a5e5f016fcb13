/**
 * The action's front door: runner inputs in, outputs/annotations/summary out.
 * The only module that imports @actions/core.
 */
import * as core from '@actions/core';
import { NasmLambdaError, type Diagnostic } from './errors.ts';
import type { Logger } from './log.ts';
import { INPUT_DEFAULTS, parseOptions, type InputName, type RawInputs } from './options.ts';
import { runPipeline, type PipelineReport } from './pipeline.ts';
import { outputsFor, summaryMarkdown } from './report.ts';

/** Inputs as the runner passes them; an absent variable (not an empty one) falls back to the default. */
function readInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

function annotate(d: Diagnostic): void {
  const props: core.AnnotationProperties = { title: d.title, file: d.file, startLine: d.line, startColumn: d.col };
  if (d.severity === 'error') core.error(d.message, props);
  else if (d.severity === 'warning') core.warning(d.message, props);
  else core.notice(d.message, props);
}

const logger: Logger = {
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  annotate,
  group: (name, fn) => core.group(name, fn),
};

async function main(): Promise<void> {
  const report: PipelineReport = {};
  let failure: string | undefined;
  try {
    const options = parseOptions(readInputs(process.env), {
      cwd: process.cwd(),
      workspace: process.env.GITHUB_WORKSPACE,
      env: process.env,
    });
    await runPipeline(options, { log: logger, env: process.env, report });
  } catch (e) {
    if (e instanceof NasmLambdaError) {
      for (const d of e.diagnostics) annotate(d);
      failure = e.message;
    } else {
      failure = `unexpected error: ${(e as Error)?.message ?? String(e)}`;
      core.debug((e as Error)?.stack ?? String(e));
    }
  }
  // Outputs and the summary are written on failure too: they show what got done.
  for (const [name, value] of Object.entries(outputsFor(report))) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summaryMarkdown(report, failure)).write();
  }
  if (failure) core.setFailed(failure);
}

await main();
