import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTools } from './preflight.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The bundle under test; NASM_LAMBDA_DIST lets a branch test a private build. */
export const actionEntry = process.env.NASM_LAMBDA_DIST ?? path.join(repoRoot, 'dist/index.js');
export const cliEntry = process.env.NASM_LAMBDA_CLI ?? path.join(repoRoot, 'dist/cli/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file (`name<<delim` blocks). */
  outputs: Record<string, string>;
  summary: string;
  /** `::error ...::msg` style lines found on stdout. */
  annotations: Annotation[];
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

/**
 * Runs the bundled action the way the runner does: `node dist/index.js` with the
 * workspace as cwd, inputs as INPUT_<NAME> (upper-cased, hyphens kept) and the
 * runner's files. Defaults from action.yml are NOT filled in here unless given,
 * so pass `defaults: true` to mimic the runner, which does fill them.
 */
export async function runAction(opts: {
  workspace: string;
  inputs: Record<string, string>;
  env?: Record<string, string | undefined>;
  defaults?: boolean;
  timeoutMs?: number;
  /** Another bundle than dist/index.js. */
  entry?: string;
}): Promise<ActionRun> {
  // Every run builds with the real tools: say in one line what to install when they're missing.
  requireTools(['nasm', 'ld']);
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'runner-temp-'));
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputs = { ...(opts.defaults === false ? {} : await actionDefaults()), ...opts.inputs };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    // A clean runner-like environment: no inherited INPUT_/GITHUB_ state from the caller.
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('ACTIONS_')) env[k] = v;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
  });
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const child = spawn(process.execPath, [opts.entry ?? actionEntry], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const code: number | null = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}

export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProp(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const result: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',')) {
      if (!part) continue;
      const at = part.indexOf('=');
      props[part.slice(0, at)] = unescapeProp(part.slice(at + 1));
    }
    result.push({ level: m[1], props, message: unescapeData(m[3]) });
  }
  return result;
}

let defaultsCache: Record<string, string> | undefined;
/** The `default:` of every input in action.yml, as the runner fills them in. */
export async function actionDefaults(): Promise<Record<string, string>> {
  if (defaultsCache) return defaultsCache;
  const text = await readFile(path.join(repoRoot, 'action.yml'), 'utf8');
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (/^inputs:\s*$/.test(line)) {
      inInputs = true;
      continue;
    }
    if (/^\S/.test(line)) {
      inInputs = false;
      continue;
    }
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) {
      current = name[1];
      continue;
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) defaults[current] = unquote(def[1].trim());
  }
  defaultsCache = defaults;
  return defaults;
}

function unquote(v: string): string {
  if ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"'))) return v.slice(1, -1);
  return v;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI, without the caller's runner variables (a laptop has none). */
export function runCli(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliRun> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) {
    if (v !== undefined && !k.startsWith('GITHUB_') && !k.startsWith('ACTIONS_') && !k.startsWith('INPUT_')) env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliEntry, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
