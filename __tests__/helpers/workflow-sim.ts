/**
 * A small simulation of the runner for workflow tests: which jobs and steps run
 * for an event, with GitHub's own expression evaluator. Every earlier step is
 * taken to have succeeded.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
export interface Job {
  if?: string;
  'runs-on'?: string;
  container?: string | { image: string };
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  steps?: Step[];
}
export interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: unknown };
  jobs: Record<string, Job>;
}
/** Expressions in a value: `${{ … }}` parts of strings, and whole `if:` values. */
export function* expressionsIn(value: unknown, key = ''): Generator<string> {
  if (typeof value === 'string') {
    if (key === 'if' && !value.includes('${{')) yield value;
    for (const m of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) yield m[1];
  } else if (Array.isArray(value)) {
    for (const v of value) yield* expressionsIn(v, key);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* expressionsIn(v, k);
  }
}

const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'steps', 'job', 'runner', 'matrix', 'strategy', 'needs'];
// Every earlier step is taken to have succeeded.
const STATUS_FUNCTIONS = ['success', 'always', 'failure', 'cancelled'].map((name) => ({
  name,
  minArgs: 0,
  maxArgs: 0,
  call: () => new data.BooleanData(name === 'success' || name === 'always'),
}));

function evaluate(expression: string, ctx: Record<string, unknown>): data.ExpressionData {
  const tree = new Parser(new Lexer(expression).lex().tokens, CONTEXTS, STATUS_FUNCTIONS).parse();
  const contexts = JSON.parse(JSON.stringify(Object.fromEntries(CONTEXTS.map((c) => [c, ctx[c] ?? {}]))), data.reviver) as data.Dictionary;
  return new Evaluator(tree, contexts, new Map(STATUS_FUNCTIONS.map((f) => [f.name, f]))).evaluate();
}

/** GitHub's truthiness: null, false, 0, NaN and '' are false. */
function truthy(d: data.ExpressionData): boolean {
  if (d.kind === data.Kind.Null) return false;
  if (d.kind === data.Kind.Boolean) return d.coerceString() === 'true';
  if (d.kind === data.Kind.Number) return d.number() !== 0 && !Number.isNaN(d.number());
  if (d.kind === data.Kind.String) return d.coerceString() !== '';
  return true;
}

const interpolate = (value: unknown, ctx: Record<string, unknown>): string =>
  String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => evaluate(e, ctx).coerceString());

function condition(value: string | undefined, ctx: Record<string, unknown>): boolean {
  if (value === undefined) return true;
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value);
  return truthy(evaluate(m ? m[1] : value, ctx));
}

const interpolateAll = (map: Record<string, unknown> | undefined, ctx: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));

export interface StepRun {
  step: Step;
  index: number;
  with: Record<string, string>;
}
export interface JobRun {
  env: Record<string, string>;
  ran: StepRun[];
}

export function simulate(wf: Workflow, github: Record<string, unknown>) {
  const wfEnv = interpolateAll(wf.env, { github });
  const jobs = new Map<string, JobRun | undefined>();
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    if (!condition(job.if, { github })) {
      jobs.set(jobId, undefined);
      continue;
    }
    const env = { ...wfEnv, ...interpolateAll(job.env, { github, env: wfEnv }) };
    const ran = (job.steps ?? []).flatMap((step, index) =>
      condition(step.if, { github, env }) ? [{ step, index, with: interpolateAll(step.with, { github, env }) }] : [],
    );
    jobs.set(jobId, { env, ran });
  }
  const concurrency = wf.concurrency && {
    group: interpolate(wf.concurrency.group, { github }),
    cancelInProgress: interpolate(wf.concurrency['cancel-in-progress'] ?? false, { github }),
  };
  return { jobs, concurrency };
}
