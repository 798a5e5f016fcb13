import path from 'node:path';
import { sanitizeAlias } from './alias.ts';
import { inputError } from '../errors.ts';
import { arnRegion, checkEndpointUrl, checkFunctionName, checkHandlerBesideBootstrap, checkHandlerPath, checkRegion, checkRetentionDays } from './rules.ts';
import { parseLocalTest } from './local-test.ts';
import { splitList, splitShellWords } from './shellwords.ts';
import { DEPLOY_ONLY_INPUTS, parseDeployExtras, parseExpectResponse } from './deploy.ts';
import { ACTION_INPUTS, type InputName } from './inputs.generated.ts';
import type { BootstrapMode, DeployOptions, Options } from '../types.ts';

/**
 * The defaults of action.yml, for the CLI and for an action run where the
 * runner did not fill one in: from the module generated from action.yml.
 */
export const INPUT_DEFAULTS = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, i.default])) as Record<InputName, string>;

export type { InputName };
export type RawInputs = Partial<Record<InputName, string>>;

export interface ParseContext {
  /** Where relative paths start: the runner's cwd (the workspace) or the CLI's cwd. */
  cwd: string;
  /** GITHUB_WORKSPACE, for annotation paths; defaults to cwd. */
  workspace?: string;
  env: Record<string, string | undefined>;
}

/** Turns raw input strings into validated Options. Pure: touches no files. */
export function parseOptions(raw: RawInputs, ctx: ParseContext): Options {
  const get = (name: InputName): string => (raw[name] ?? INPUT_DEFAULTS[name]).trim();
  const workingDirectory = path.resolve(ctx.cwd, get('working-directory') || '.');

  const sources = splitList(get('sources'));
  if (sources.length === 0) {
    throw inputError('sources', 'no globs given', 'list .asm globs such as src/**/*.asm');
  }
  const handler = parseHandler(get('handler'));
  const bootstrap = parseBootstrap(get('bootstrap'), workingDirectory, handler);
  const entry = get('entry');
  if (bootstrap.kind === 'in-process' && entry !== INPUT_DEFAULTS.entry) {
    throw inputError(
      'entry',
      `is ${JSON.stringify(entry)}, but with bootstrap: in-process the runtime owns _start and calls handler`,
      'remove entry, and define `handler` (see lambda.inc)',
    );
  }
  if (!/^[A-Za-z_.$?@~#][A-Za-z0-9_.$?@~#]*$/.test(entry)) {
    throw inputError('entry', `${JSON.stringify(entry)} is not a symbol name`, 'use the global label your code starts at, such as _start');
  }

  const artifactName = get('artifact-name');
  const retention = get('retention-days');
  const retentionDays = checkRetentionDays(retention);

  const localTest = parseLocalTest(get, workingDirectory);

  const options: Options = {
    build: {
      workingDirectory,
      workspace: path.resolve(ctx.workspace ?? ctx.cwd),
      sources,
      includePaths: splitList(get('include-paths')).map((p) => path.resolve(workingDirectory, p)),
      nasmArgs: splitShellWords(get('nasm-args'), 'nasm-args'),
      ldArgs: splitShellWords(get('ld-args'), 'ld-args'),
      entry,
      strip: parseBool(get('strip'), 'strip'),
      handler,
      bootstrap,
      files: splitList(get('files')),
      outputDir: parseOutputDir(get('output-dir'), workingDirectory),
      installTools: parseInstallTools(get('install-tools')),
    },
    artifact: artifactName === '' ? undefined : { name: artifactName, retentionDays },
    testEvent: localTest.event,
    localTest,
    deploy: parseDeploy(get, handler, ctx.env),
    deleteAlias: parseBool(get('delete-alias'), 'delete-alias'),
  };
  // One expect-response for the local and the remote test, untrimmed when it is not JSON.
  const expected = parseExpectResponse(raw['expect-response'], localTest.event !== undefined || localTest.eventFile !== undefined);
  if (expected !== undefined) options.expectResponse = expected;
  if (options.deploy?.expectResponse !== undefined) options.deploy.expectResponse = expected;
  if (options.deleteAlias && (!options.deploy || !options.deploy.alias)) {
    throw inputError('delete-alias', 'needs function-name and alias', 'set both, e.g. alias: pr-${{ github.event.number }}');
  }
  return options;
}

/** The build writes (and cleans) under output-dir, so it must be a folder of its own inside the project. */
function parseOutputDir(value: string, workingDirectory: string): string {
  const dir = path.resolve(workingDirectory, value || '.nasm-lambda');
  const rel = path.relative(dir, workingDirectory);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw inputError(
      'output-dir',
      `${JSON.stringify(value)} is working-directory itself or a parent of it, so the sources would count as build output`,
      'use a folder of its own, such as .nasm-lambda',
    );
  }
  return dir;
}

export const parseHandler = (value: string): string => checkHandlerPath(value);

function parseBootstrap(value: string, workingDirectory: string, handler: string): BootstrapMode {
  if (value === 'none') return { kind: 'none' };
  // In-process, the executable is the bootstrap and the handler is linked in, so the name is free.
  if (value === 'in-process') return { kind: 'in-process' };
  // Only with bootstrap: none is the executable itself the bootstrap; otherwise the name is taken.
  checkHandlerBesideBootstrap(handler);
  if (value === 'generated' || value === '') return { kind: 'generated' };
  if (value === 'shell') return { kind: 'shell' };
  return { kind: 'file', path: path.resolve(workingDirectory, value) };
}

export function parseBool(value: string, input: string): boolean {
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  throw inputError(input, `${JSON.stringify(value)} is not a boolean`, 'use true or false');
}

function parseInstallTools(value: string): boolean {
  const v = value.toLowerCase();
  if (v === 'auto' || v === 'true') return true;
  if (v === 'false') return false;
  throw inputError('install-tools', `${JSON.stringify(value)} is not auto or false`, 'use auto to install missing tools, or false to fail instead');
}

function parseDeploy(get: (n: InputName) => string, handler: string, env: ParseContext['env']): DeployOptions | undefined {
  const functionName = get('function-name');
  const deployOnly: InputName[] = [
    'region',
    'endpoint-url',
    'publish',
    'version-description',
    'alias',
    'function-url',
    'function-url-auth',
    'delete-alias',
    'role',
    'skip-unchanged',
    'dry-run',
    ...DEPLOY_ONLY_INPUTS,
  ];
  if (functionName === '') {
    for (const name of deployOnly) {
      if (get(name).toLowerCase() !== INPUT_DEFAULTS[name].toLowerCase()) {
        throw inputError(name, 'is set but function-name is empty', 'set function-name to deploy, or remove this input to build only');
      }
    }
    return undefined;
  }
  checkFunctionName(functionName);
  // An ARN names its region; a different region input would deploy nowhere.
  const fromArn = arnRegion(functionName);
  if (fromArn && get('region') && get('region') !== fromArn) {
    throw inputError('region', `is ${get('region')} but the function ARN is in ${fromArn}`, 'leave region empty with an ARN, or make them agree');
  }
  const region = fromArn || get('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (region === '') {
    throw inputError('region', 'no AWS region given', 'set region, or run aws-actions/configure-aws-credentials with aws-region first (it sets AWS_REGION)');
  }
  checkRegion(region);
  const endpointUrl = get('endpoint-url');
  if (endpointUrl !== '') checkEndpointUrl(endpointUrl);
  const auth = get('function-url-auth').toUpperCase();
  if (auth !== 'AWS_IAM' && auth !== 'NONE') {
    throw inputError(
      'function-url-auth',
      `${JSON.stringify(get('function-url-auth'))} is not AWS_IAM or NONE`,
      'use AWS_IAM (signed requests) or NONE (public)',
    );
  }
  const rawAlias = get('alias');
  const alias = rawAlias === '' ? undefined : sanitizeAlias(rawAlias).name;
  const role = get('role');
  if (role !== '' && !/^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/\S+$/.test(role)) {
    throw inputError('role', `${JSON.stringify(role)} is not an IAM role ARN`, 'use arn:aws:iam::<account>:role/<name>');
  }
  const deploy: DeployOptions = {
    functionName,
    region,
    endpointUrl: endpointUrl || undefined,
    publish: parseBool(get('publish'), 'publish') || alias !== undefined,
    versionDescription: parseVersionDescription(get('version-description')),
    alias,
    functionUrl: parseBool(get('function-url'), 'function-url'),
    functionUrlAuth: auth,
    role: role || undefined,
    skipUnchanged: parseBool(get('skip-unchanged'), 'skip-unchanged'),
    dryRun: parseBool(get('dry-run'), 'dry-run'),
    handler,
  };
  return { ...deploy, ...parseDeployExtras(get, deploy, env) };
}

/** Checked here because PublishVersion comes after the code upload: a late failure would leave $LATEST changed and nothing published. */
function parseVersionDescription(value: string): string | undefined {
  if (value.length > 256) {
    throw inputError(
      'version-description',
      `is ${value.length} characters; Lambda allows at most 256`,
      'shorten it, e.g. use the tag or the commit SHA rather than the commit message',
    );
  }
  return value || undefined;
}
