import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRuntime } from '../../src/local/invoke.ts';
import { extractZip } from '../../src/package/zip.ts';

/** A request field as text, the way the real API reads a string field (JSON for anything else, '' when absent). */
function text(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
}

/**
 * A fake Lambda control plane that keeps function state the way Lambda does, so
 * the real @aws-sdk/client-lambda can talk to it over HTTP. Routes, status codes,
 * JSON member names and error shapes follow what the SDK serialises and expects
 * (checked against the SDK's operation schemas):
 *   /2015-03-31/functions[/{fn}[/code|/configuration|/versions|/aliases[/{name}]|/policy[/{sid}]]]
 *   /2021-10-31/functions/{fn}/url   (?Qualifier=)
 * Writes leave $LATEST `InProgress` for `inProgressPolls` reads of its
 * configuration; any write during that time gets 409 ResourceConflictException.
 *
 * Invoke really runs the stored zip of the requested version: it is unpacked
 * and its own bootstrap started against the product's Runtime API, with the
 * version's Handler, memory, timeout and environment. The answer carries
 * X-Amz-Function-Error and a base64 X-Amz-Log-Result (the last 4 KB of a log
 * framed by START/END/REPORT lines as Lambda writes them).
 * ListVersionsByFunction and ListAliases page by `pageSize` (NextMarker).
 */

export const ACCOUNT = '123456789012';

export interface FunctionConfig {
  FunctionName: string;
  FunctionArn: string;
  Runtime?: string;
  Role: string;
  Handler?: string;
  CodeSize: number;
  Description: string;
  Timeout: number;
  MemorySize: number;
  LastModified: string;
  CodeSha256: string;
  Version: string;
  Environment?: { Variables: Record<string, string> };
  RevisionId: string;
  State: 'Pending' | 'Active' | 'Inactive' | 'Failed';
  StateReason?: string;
  StateReasonCode?: string;
  LastUpdateStatus: 'InProgress' | 'Successful' | 'Failed';
  LastUpdateStatusReason?: string;
  LastUpdateStatusReasonCode?: string;
  PackageType: 'Zip' | 'Image';
  Architectures: string[];
}

export interface AliasConfig {
  AliasArn: string;
  Name: string;
  FunctionVersion: string;
  Description: string;
  RevisionId: string;
  RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
}

export interface UrlConfig {
  FunctionUrl: string;
  FunctionArn: string;
  AuthType: 'AWS_IAM' | 'NONE';
  CreationTime: string;
  LastModifiedTime: string;
  InvokeMode: string;
}

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: string | Record<string, string>;
  Action: string;
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

export interface FakeFunction {
  latest: FunctionConfig;
  code: Buffer;
  versions: Map<string, FunctionConfig>;
  nextVersion: number;
  /** RevisionId of $LATEST when the newest version was published, for unchanged publishes. */
  publishedRevision?: string;
  aliases: Map<string, AliasConfig>;
  /** The zip bytes of each published version. */
  versionCode: Map<string, Buffer>;
  /** Keyed by qualifier; '' is the unqualified function. */
  urls: Map<string, UrlConfig>;
  policies: Map<string, PolicyStatement[]>;
  /** Reads of $LATEST left before the pending write settles. */
  pollsLeft: number;
  /** How the pending write ends. */
  settleAs?: { status: 'Successful' } | { status: 'Failed'; reason: string; code: string };
}

export interface RequestRecord {
  op: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body; ZipFile is replaced by `{ bytes, sha256 }` so logs stay small. */
  body?: Record<string, unknown>;
  status: number;
  errorType?: string;
  injected?: boolean;
  /** The access key id from the SigV4 Authorization header, if signed. */
  accessKeyId?: string;
}

export const WRITE_OPS = new Set([
  'CreateFunction',
  'UpdateFunctionCode',
  'UpdateFunctionConfiguration',
  'PublishVersion',
  'CreateAlias',
  'UpdateAlias',
  'DeleteAlias',
  'CreateFunctionUrlConfig',
  'UpdateFunctionUrlConfig',
  'DeleteFunctionUrlConfig',
  'AddPermission',
  'RemovePermission',
  'DeleteFunction',
]);

class ApiError extends Error {
  status: number;
  type: string;
  constructor(status: number, type: string, message: string) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

const notFound = (message: string) => new ApiError(404, 'ResourceNotFoundException', message);
const badParam = (message: string) => new ApiError(400, 'InvalidParameterValueException', message);
const conflict = (message: string) => new ApiError(409, 'ResourceConflictException', message);

export function codeSha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

interface Route {
  op: string;
  fn?: string;
  sub?: string;
}

export class FakeLambda {
  readonly region: string;
  readonly functions = new Map<string, FakeFunction>();
  readonly requests: RequestRecord[] = [];
  /** How many reads of $LATEST see `InProgress` after each write. */
  inProgressPolls: number;
  /** Items per page of ListVersionsByFunction and ListAliases (Lambda: 50 versions). */
  pageSize: number;
  /** Invocations run so far, newest last. */
  readonly invocations: { function: string; version: string; requestId: string; functionError?: string }[] = [];
  private server?: http.Server;
  private failures = new Map<string, { status: number; type: string; message: string }[]>();
  private hooks = new Map<string, (() => void | Promise<void>)[]>();
  private failNextUpdate = new Map<string, { reason: string; code: string }>();

  constructor(opts: { region?: string; inProgressPolls?: number; pageSize?: number } = {}) {
    this.region = opts.region ?? 'us-east-1';
    this.inProgressPolls = opts.inProgressPolls ?? 3;
    this.pageSize = opts.pageSize ?? 50;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  // ---- test hooks -------------------------------------------------------

  /** The next `count` calls of `op` fail with `status` (429 throttling, 5xx service errors). */
  injectFailures(op: string, count: number, status: 429 | 500 | 502 | 503): void {
    const type = status === 429 ? 'TooManyRequestsException' : 'ServiceException';
    const message = status === 429 ? 'Rate exceeded' : 'Internal service error';
    this.injectError(op, count, { status, type, message });
  }

  /** The next `count` calls of `op` fail with this error (e.g. 403 AccessDeniedException). */
  injectError(op: string, count: number, error: { status: number; type: string; message: string }): void {
    const queue = this.failures.get(op) ?? [];
    for (let i = 0; i < count; i++) queue.push(error);
    this.failures.set(op, queue);
  }

  clearInjected(): void {
    this.failures.clear();
  }

  /** Another workflow's write to $LATEST is in flight for the next `polls` reads. */
  simulateUpdateInProgress(name: string, polls: number): void {
    const fn = this.mustGet(name);
    this.startUpdate(fn, false);
    fn.pollsLeft = polls;
  }

  /** Runs `fn` once, just before the next `op` is handled (e.g. another workflow's deploy). */
  beforeNext(op: string, fn: () => void | Promise<void>): void {
    const list = this.hooks.get(op) ?? [];
    list.push(fn);
    this.hooks.set(op, list);
  }

  /** The next code or configuration update of `name` ends `Failed` with this reason. */
  failNextUpdateOf(name: string, reason: string, code = 'InvalidRuntime'): void {
    this.failNextUpdate.set(name, { reason, code });
  }

  /** Seeds a function directly (as if created earlier, already Active). */
  addFunction(init: {
    name: string;
    code: Uint8Array;
    runtime?: string;
    handler?: string;
    architectures?: string[];
    role?: string;
    environment?: Record<string, string>;
    memorySize?: number;
    packageType?: 'Zip' | 'Image';
  }): FunctionConfig {
    const code = Buffer.from(init.code);
    const latest: FunctionConfig = {
      FunctionName: init.name,
      FunctionArn: this.functionArn(init.name),
      Runtime: init.runtime ?? 'provided.al2023',
      Role: init.role ?? `arn:aws:iam::${ACCOUNT}:role/seeded`,
      Handler: init.handler ?? 'bin/app',
      CodeSize: code.length,
      Description: '',
      Timeout: 3,
      MemorySize: init.memorySize ?? 128,
      LastModified: lambdaTime(),
      CodeSha256: codeSha256Of(code),
      Version: '$LATEST',
      Environment: init.environment ? { Variables: { ...init.environment } } : undefined,
      RevisionId: randomUUID(),
      State: 'Active',
      LastUpdateStatus: 'Successful',
      PackageType: init.packageType ?? 'Zip',
      Architectures: init.architectures ?? ['x86_64'],
    };
    this.functions.set(init.name, {
      latest,
      code,
      versions: new Map(),
      versionCode: new Map(),
      nextVersion: 1,
      aliases: new Map(),
      urls: new Map(),
      policies: new Map(),
      pollsLeft: 0,
    });
    return latest;
  }

  /** Another workflow's UpdateFunctionCode, already finished. */
  replaceCode(name: string, bytes: Uint8Array): void {
    const fn = this.mustGet(name);
    fn.code = Buffer.from(bytes);
    fn.latest.CodeSha256 = codeSha256Of(bytes);
    fn.latest.CodeSize = bytes.length;
    fn.latest.RevisionId = randomUUID();
    fn.latest.LastModified = lambdaTime();
  }

  fn(name: string): FakeFunction {
    return this.mustGet(name);
  }

  /** Another writer's finished UpdateFunctionConfiguration of the environment (a new RevisionId). */
  setEnvironment(name: string, variables: Record<string, string>): void {
    const fn = this.mustGet(name);
    fn.latest.Environment = { Variables: { ...variables } };
    fn.latest.RevisionId = randomUUID();
    fn.latest.LastModified = lambdaTime();
  }

  /** Seeds a published version of the current $LATEST (as an earlier release made it). */
  seedVersion(name: string, description = ''): string {
    const fn = this.mustGet(name);
    const number = String(fn.nextVersion++);
    fn.versions.set(number, {
      ...structuredClone(fn.latest),
      Version: number,
      FunctionArn: this.functionArn(name, number),
      Description: description,
      RevisionId: randomUUID(),
    });
    fn.versionCode.set(number, Buffer.from(fn.code));
    return number;
  }

  /** Seeds an alias directly (weights optional). */
  seedAlias(name: string, alias: string, version: string, opts: { weights?: Record<string, number>; description?: string } = {}): void {
    const fn = this.mustGet(name);
    fn.aliases.set(alias, {
      AliasArn: this.functionArn(name, alias),
      Name: alias,
      FunctionVersion: version,
      Description: opts.description ?? '',
      RevisionId: randomUUID(),
      ...(opts.weights ? { RoutingConfig: { AdditionalVersionWeights: opts.weights } } : {}),
    });
  }

  /** The parsed resource policy for a qualifier ('' = the function itself). */
  statements(name: string, qualifier = ''): PolicyStatement[] {
    return this.mustGet(name).policies.get(qualifier) ?? [];
  }

  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  /** Calls that changed (or tried to change) state, including failed ones. */
  writes(): RequestRecord[] {
    return this.requests.filter((r) => WRITE_OPS.has(r.op) && !(r.op === 'UpdateFunctionCode' && r.body?.DryRun === true));
  }

  functionArn(name: string, qualifier?: string): string {
    return `arn:aws:lambda:${this.region}:${ACCOUNT}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
  }

  // ---- HTTP -------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const c of req) chunks.push(c as Buffer);
    } catch {
      // The client went away mid-request (a test's aborted upload): nothing to answer.
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(url.searchParams);
    const route = parseRoute(req.method ?? 'GET', url.pathname);
    const record: RequestRecord = {
      op: route.op,
      method: req.method ?? '',
      path: url.pathname,
      query,
      status: 0,
      accessKeyId: /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1],
    };
    this.requests.push(record);
    const requestId = randomUUID();
    const reply = (status: number, body?: unknown, errorType?: string) => {
      record.status = status;
      record.errorType = errorType;
      const headers: Record<string, string> = { 'x-amzn-RequestId': requestId, 'content-type': 'application/json' };
      if (errorType) headers['x-amzn-errortype'] = `${errorType}:http://internal.amazon.com/coral/com.amazonaws.awslambda/`;
      res.writeHead(status, headers);
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    try {
      if (route.op === 'Invoke') {
        const hooks = this.hooks.get(route.op);
        if (hooks?.length) await hooks.shift()!();
        const injected = this.failures.get(route.op)?.shift();
        if (injected) {
          record.injected = true;
          reply(injected.status, { Type: injected.status >= 500 ? 'Service' : 'User', Message: injected.message }, injected.type);
          return;
        }
        record.body = { Payload: raw, InvocationType: req.headers['x-amz-invocation-type'], LogType: req.headers['x-amz-log-type'] };
        const answer = await this.invoke(route.fn!, query.Qualifier, Buffer.concat(chunks));
        record.status = 200;
        res.writeHead(200, { 'x-amzn-RequestId': requestId, 'content-type': 'application/json', ...answer.headers });
        res.end(answer.payload);
        return;
      }
      let body: Record<string, unknown> = {};
      if (raw) body = JSON.parse(raw) as Record<string, unknown>;
      record.body = raw ? redactZip(body) : undefined;
      const hooks = this.hooks.get(route.op);
      if (hooks?.length) await hooks.shift()!();
      const injected = this.failures.get(route.op)?.shift();
      if (injected) {
        record.injected = true;
        reply(injected.status, { Type: injected.status >= 500 ? 'Service' : 'User', Message: injected.message }, injected.type);
        return;
      }
      const [status, out] = this.dispatch(route, query, body);
      reply(status, out);
    } catch (err) {
      if (err instanceof ApiError) {
        reply(err.status, { Type: 'User', Message: err.message }, err.type);
      } else {
        reply(500, { Type: 'Service', Message: String(err) }, 'ServiceException');
      }
    }
  }

  private dispatch(route: Route, query: Record<string, string>, body: Record<string, unknown>): [number, unknown?] {
    if (route.op === 'CreateFunction') return [201, this.createFunction(body)];
    if (route.op === 'Unknown') throw new ApiError(404, 'UnknownOperationException', 'Unknown operation');
    const name = functionNameOf(route.fn!);
    const fn = this.functions.get(name);
    if (!fn) throw notFound(`Function not found: ${this.functionArn(name)}`);
    if (WRITE_OPS.has(route.op) && !(route.op === 'UpdateFunctionCode' && body.DryRun === true)) this.refuseWhileBusy(fn);
    switch (route.op) {
      case 'GetFunction':
        return [
          200,
          {
            Configuration: this.readConfig(fn, query.Qualifier),
            Code: { RepositoryType: 'S3', Location: `https://awslambda-${this.region}-tasks.s3.${this.region}.amazonaws.com/snapshots/${ACCOUNT}/${name}` },
          },
        ];
      case 'GetFunctionConfiguration':
        return [200, this.readConfig(fn, query.Qualifier)];
      case 'ListVersionsByFunction':
        return [200, this.listVersions(fn, query)];
      case 'ListAliases':
        return [200, this.listAliases(fn, query)];
      case 'DeleteFunction':
        this.deleteFunction(fn, query.Qualifier);
        return [204];
      case 'UpdateFunctionCode':
        return [200, this.updateCode(fn, body)];
      case 'UpdateFunctionConfiguration':
        return [200, this.updateConfiguration(fn, body)];
      case 'PublishVersion':
        return [201, this.publishVersion(fn, body)];
      case 'CreateAlias':
        return [201, this.createAlias(fn, body)];
      case 'GetAlias':
        return [200, this.alias(fn, route.sub!)];
      case 'UpdateAlias':
        return [200, this.updateAlias(fn, route.sub!, body)];
      case 'DeleteAlias':
        this.alias(fn, route.sub!);
        fn.aliases.delete(route.sub!);
        fn.urls.delete(route.sub!);
        fn.policies.delete(route.sub!);
        return [204];
      case 'GetFunctionUrlConfig':
        return [200, this.urlConfig(fn, query.Qualifier)];
      case 'CreateFunctionUrlConfig':
        return [201, this.createUrl(fn, query.Qualifier, body)];
      case 'UpdateFunctionUrlConfig':
        return [200, this.updateUrl(fn, query.Qualifier, body)];
      case 'DeleteFunctionUrlConfig':
        this.urlConfig(fn, query.Qualifier);
        fn.urls.delete(query.Qualifier ?? '');
        return [204];
      case 'GetPolicy':
        return [200, this.policy(fn, query.Qualifier)];
      case 'AddPermission':
        return [201, this.addPermission(fn, query.Qualifier, body)];
      case 'RemovePermission':
        this.removePermission(fn, query.Qualifier, route.sub!);
        return [204];
      default:
        throw new ApiError(404, 'UnknownOperationException', `Unsupported operation ${route.op}`);
    }
  }

  // ---- state ------------------------------------------------------------

  private mustGet(name: string): FakeFunction {
    const fn = this.functions.get(name);
    if (!fn) throw new Error(`no function ${name} in the fake`);
    return fn;
  }

  private refuseWhileBusy(fn: FakeFunction): void {
    if (fn.latest.State === 'Pending') {
      throw conflict('The operation cannot be performed at this time. The function is currently in the following state: Pending');
    }
    if (fn.latest.LastUpdateStatus === 'InProgress') {
      throw conflict(`The operation cannot be performed at this time. An update is in progress for resource: ${fn.latest.FunctionArn}`);
    }
  }

  /** A write to $LATEST: InProgress (or Pending on create) for a few reads. */
  private startUpdate(fn: FakeFunction, creating: boolean): void {
    const failure = this.failNextUpdate.get(fn.latest.FunctionName);
    this.failNextUpdate.delete(fn.latest.FunctionName);
    fn.settleAs = failure ? { status: 'Failed', ...failure } : { status: 'Successful' };
    fn.pollsLeft = this.inProgressPolls;
    fn.latest.RevisionId = randomUUID();
    fn.latest.LastModified = lambdaTime();
    fn.latest.LastUpdateStatus = 'InProgress';
    delete fn.latest.LastUpdateStatusReason;
    delete fn.latest.LastUpdateStatusReasonCode;
    if (creating) {
      fn.latest.State = 'Pending';
      fn.latest.StateReason = 'The function is being created.';
      fn.latest.StateReasonCode = 'Creating';
    } else {
      fn.latest.LastUpdateStatusReason = 'The function is being updated.';
      fn.latest.LastUpdateStatusReasonCode = 'Updating';
    }
    if (fn.pollsLeft === 0) this.settle(fn);
  }

  private settle(fn: FakeFunction): void {
    const end = fn.settleAs ?? { status: 'Successful' as const };
    const creating = fn.latest.State === 'Pending';
    delete fn.latest.StateReason;
    delete fn.latest.StateReasonCode;
    delete fn.latest.LastUpdateStatusReason;
    delete fn.latest.LastUpdateStatusReasonCode;
    if (end.status === 'Failed') {
      fn.latest.LastUpdateStatus = 'Failed';
      fn.latest.LastUpdateStatusReason = end.reason;
      fn.latest.LastUpdateStatusReasonCode = end.code;
      if (creating) {
        fn.latest.State = 'Failed';
        fn.latest.StateReason = end.reason;
        fn.latest.StateReasonCode = end.code;
      }
    } else {
      fn.latest.LastUpdateStatus = 'Successful';
      // An Inactive function stays Inactive until invoked: the worst case for a
      // deployer that waits for Active, which it must not do after an update.
      if (creating || fn.latest.State !== 'Inactive') fn.latest.State = 'Active';
    }
    fn.settleAs = undefined;
  }

  private readConfig(fn: FakeFunction, qualifier?: string): FunctionConfig {
    if (!qualifier || qualifier === '$LATEST') {
      if (fn.pollsLeft > 0) {
        fn.pollsLeft--;
        const snapshot = structuredClone(fn.latest);
        if (fn.pollsLeft === 0) this.settle(fn);
        return snapshot;
      }
      return structuredClone(fn.latest);
    }
    const version = fn.versions.get(qualifier) ?? fn.versions.get(fn.aliases.get(qualifier)?.FunctionVersion ?? '');
    if (!version) throw notFound(`Function not found: ${this.functionArn(fn.latest.FunctionName, qualifier)}`);
    return structuredClone(version);
  }

  private createFunction(body: Record<string, unknown>): FunctionConfig {
    const name = functionNameOf(text(body.FunctionName));
    if (!name) throw badParam('FunctionName is required');
    if (this.functions.has(name)) throw conflict(`Function already exist: ${name}`);
    if (typeof body.Role !== 'string' || !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(body.Role)) {
      throw badParam(`1 validation error detected: Value '${String(body.Role)}' at 'role' failed to satisfy constraint`);
    }
    const zip = (body.Code as { ZipFile?: string } | undefined)?.ZipFile;
    if (!zip) throw badParam('Code.ZipFile is required for a Zip package');
    const bytes = Buffer.from(zip, 'base64');
    const env = body.Environment as { Variables?: Record<string, string> } | undefined;
    this.addFunction({
      name,
      code: bytes,
      runtime: body.Runtime as string | undefined,
      handler: body.Handler as string | undefined,
      architectures: (body.Architectures as string[] | undefined) ?? ['x86_64'],
      role: body.Role,
      environment: env?.Variables,
      memorySize: body.MemorySize as number | undefined,
    });
    const fn = this.mustGet(name);
    this.startUpdate(fn, true);
    return structuredClone(fn.latest);
  }

  private updateCode(fn: FakeFunction, body: Record<string, unknown>): FunctionConfig {
    if (typeof body.ZipFile !== 'string') throw badParam('Please provide a source for function code: ZipFile, S3 or ImageUri');
    if (fn.latest.PackageType === 'Image') throw badParam('Please provide ImageUri when updating a function with packageType Image.');
    if (body.Publish === true) throw badParam('Publish is not modelled by this fake; call PublishVersion');
    const bytes = Buffer.from(body.ZipFile, 'base64');
    const arch = body.Architectures as string[] | undefined;
    if (body.DryRun === true) {
      const preview = structuredClone(fn.latest);
      preview.CodeSha256 = codeSha256Of(bytes);
      preview.CodeSize = bytes.length;
      if (arch) preview.Architectures = arch;
      return preview;
    }
    fn.code = bytes;
    fn.latest.CodeSha256 = codeSha256Of(bytes);
    fn.latest.CodeSize = bytes.length;
    if (arch) fn.latest.Architectures = arch;
    this.startUpdate(fn, false);
    return structuredClone(fn.latest);
  }

  private updateConfiguration(fn: FakeFunction, body: Record<string, unknown>): FunctionConfig {
    const known = ['Handler', 'Runtime', 'Role', 'Description', 'Timeout', 'MemorySize', 'Environment', 'RevisionId'];
    for (const key of Object.keys(body)) {
      if (!known.includes(key)) throw badParam(`This fake does not model ${key}`);
    }
    if (body.RevisionId !== undefined && body.RevisionId !== fn.latest.RevisionId) {
      throw new ApiError(
        412,
        'PreconditionFailedException',
        'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
      );
    }
    if (body.MemorySize !== undefined && (Number(body.MemorySize) < 128 || Number(body.MemorySize) > 10240)) {
      throw badParam(`1 validation error detected: Value '${Number(body.MemorySize)}' at 'memorySize' failed to satisfy constraint`);
    }
    if (body.Timeout !== undefined && (Number(body.Timeout) < 1 || Number(body.Timeout) > 900)) {
      throw badParam(`1 validation error detected: Value '${Number(body.Timeout)}' at 'timeout' failed to satisfy constraint`);
    }
    if (body.Handler !== undefined) fn.latest.Handler = text(body.Handler);
    if (body.Runtime !== undefined) fn.latest.Runtime = text(body.Runtime);
    if (body.Role !== undefined) fn.latest.Role = text(body.Role);
    if (body.Description !== undefined) fn.latest.Description = text(body.Description);
    if (body.Timeout !== undefined) fn.latest.Timeout = Number(body.Timeout);
    if (body.MemorySize !== undefined) fn.latest.MemorySize = Number(body.MemorySize);
    if (body.Environment !== undefined) fn.latest.Environment = body.Environment as FunctionConfig['Environment'];
    this.startUpdate(fn, false);
    return structuredClone(fn.latest);
  }

  private publishVersion(fn: FakeFunction, body: Record<string, unknown>): FunctionConfig {
    const expected = body.CodeSha256 as string | undefined;
    if (expected !== undefined && expected !== fn.latest.CodeSha256) {
      // The message real Lambda gives (400 InvalidParameterValueException).
      throw badParam(
        `CodeSHA256 (${expected}) is different from current CodeSHA256 in $LATEST (${fn.latest.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.`,
      );
    }
    if (fn.publishedRevision === fn.latest.RevisionId) {
      // Lambda doesn't publish a version if code and configuration haven't changed.
      return structuredClone(fn.versions.get(String(fn.nextVersion - 1))!);
    }
    const number = String(fn.nextVersion++);
    const version: FunctionConfig = {
      ...structuredClone(fn.latest),
      Version: number,
      FunctionArn: this.functionArn(fn.latest.FunctionName, number),
      Description: typeof body.Description === 'string' ? body.Description : fn.latest.Description,
      RevisionId: randomUUID(),
      State: 'Active',
      LastUpdateStatus: 'Successful',
    };
    fn.versions.set(number, version);
    fn.versionCode.set(number, Buffer.from(fn.code));
    fn.publishedRevision = fn.latest.RevisionId;
    return structuredClone(version);
  }

  private page<T>(items: T[], query: Record<string, string>): { items: T[]; next?: string } {
    const start = query.Marker ? Number(Buffer.from(query.Marker, 'base64url').toString()) : 0;
    if (!Number.isInteger(start) || start < 0) throw badParam('Invalid marker');
    const size = Math.min(this.pageSize, query.MaxItems ? Number(query.MaxItems) : Infinity);
    const end = start + size;
    return { items: items.slice(start, end), next: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined };
  }

  private listVersions(fn: FakeFunction, query: Record<string, string>): { Versions: FunctionConfig[]; NextMarker?: string } {
    const all = [fn.latest, ...[...fn.versions.values()].sort((a, b) => Number(a.Version) - Number(b.Version))].map((v) => structuredClone(v));
    const { items, next } = this.page(all, query);
    return { Versions: items, ...(next ? { NextMarker: next } : {}) };
  }

  private listAliases(fn: FakeFunction, query: Record<string, string>): { Aliases: AliasConfig[]; NextMarker?: string } {
    const all = [...fn.aliases.values()].sort((a, b) => a.Name.localeCompare(b.Name)).map((a) => structuredClone(a));
    const { items, next } = this.page(all, query);
    return { Aliases: items, ...(next ? { NextMarker: next } : {}) };
  }

  /** DeleteFunction: with a numeric Qualifier one version, refused (409) while an alias references it; without, the whole function. */
  private deleteFunction(fn: FakeFunction, qualifier: string | undefined): void {
    const name = fn.latest.FunctionName;
    if (qualifier === undefined || qualifier === '') {
      this.functions.delete(name);
      return;
    }
    if (qualifier === '$LATEST') throw badParam('$LATEST version cannot be deleted without deleting the function.');
    if (!fn.versions.has(qualifier)) throw notFound(`Function not found: ${this.functionArn(name, qualifier)}`);
    const users = [...fn.aliases.values()].filter(
      (a) => a.FunctionVersion === qualifier || Object.keys(a.RoutingConfig?.AdditionalVersionWeights ?? {}).includes(qualifier),
    );
    if (users.length) {
      throw conflict(`Unable to delete version because the following aliases reference it: [${users.map((a) => a.Name).join(', ')}]`);
    }
    fn.versions.delete(qualifier);
    fn.versionCode.delete(qualifier);
  }

  /** Runs the version's zip through the product's Runtime API and answers as Lambda's Invoke does. */
  private async invoke(ref: string, qualifier: string | undefined, payload: Buffer): Promise<{ payload: Buffer; headers: Record<string, string> }> {
    const name = functionNameOf(ref);
    const fn = this.functions.get(name);
    if (!fn) throw notFound(`Function not found: ${this.functionArn(name)}`);
    const q = qualifier || '$LATEST';
    const alias = fn.aliases.get(q);
    const version = alias ? alias.FunctionVersion : q;
    const config = version === '$LATEST' ? fn.latest : fn.versions.get(version);
    const code = version === '$LATEST' ? fn.code : fn.versionCode.get(version);
    if (!config || !code) throw notFound(`Function not found: ${this.functionArn(name, q)}`);
    const requestId = randomUUID();
    const root = await mkdtemp(path.join(tmpdir(), 'fake-lambda-invoke-'));
    const memory = config.MemorySize;
    let logs: string;
    let result: { ok: true; body: Buffer } | { ok: false; body: Buffer };
    let initMs: number;
    let durationMs: number;
    let maxMemoryMb: number;
    try {
      const taskRoot = path.join(root, 'task');
      const scratch = path.join(root, 'tmp');
      await Promise.all([mkdir(taskRoot), mkdir(scratch), mkdir(path.join(root, 'runtime'))]);
      await extractZip(code, taskRoot);
      const started = performance.now();
      const session = await startRuntime({
        taskRoot,
        handler: config.Handler,
        functionName: name,
        region: this.region,
        memoryMb: memory,
        timeoutMs: config.Timeout * 1000,
        env: { ...(config.Environment?.Variables ?? {}), AWS_LAMBDA_FUNCTION_VERSION: version, TMPDIR: scratch },
      });
      let delivered = 0;
      const watch = setInterval(() => {
        if (!delivered && session.server.deliveredCount > 0) delivered = performance.now();
      }, 1);
      try {
        const outcome = await session.invoke(payload, { requestId, timeoutMs: config.Timeout * 1000 });
        const ended = performance.now();
        maxMemoryMb = await peakMb(session.pid);
        if (!delivered) delivered = ended;
        initMs = delivered - started;
        durationMs = ended - delivered;
        result = outcome.ok
          ? { ok: true, body: outcome.body }
          : {
              ok: false,
              body:
                outcome.body ??
                Buffer.from(JSON.stringify({ errorMessage: outcome.errorMessage, errorType: outcome.errorType, stackTrace: outcome.stackTrace })),
            };
      } finally {
        clearInterval(watch);
        await session.close();
      }
      logs = session.logs();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    const fixed = (n: number) => n.toFixed(2);
    const log = Buffer.from(
      `START RequestId: ${requestId} Version: ${version}\n${logs}${logs && !logs.endsWith('\n') ? '\n' : ''}END RequestId: ${requestId}\n` +
        `REPORT RequestId: ${requestId}\tDuration: ${fixed(durationMs)} ms\tBilled Duration: ${Math.max(1, Math.ceil(durationMs))} ms\tMemory Size: ${memory} MB\tMax Memory Used: ${Math.max(1, Math.ceil(maxMemoryMb))} MB\tInit Duration: ${fixed(initMs)} ms\t\n`,
    );
    const tail = log.subarray(Math.max(0, log.length - 4096));
    this.invocations.push({ function: name, version, requestId, ...(result.ok ? {} : { functionError: 'Unhandled' }) });
    return {
      payload: result.body,
      headers: {
        'x-amz-executed-version': version,
        'x-amz-log-result': tail.toString('base64'),
        ...(result.ok ? {} : { 'x-amz-function-error': 'Unhandled' }),
      },
    };
  }

  private checkVersion(fn: FakeFunction, version: unknown): string {
    const v = text(version);
    if (v !== '$LATEST' && !fn.versions.has(v)) {
      throw notFound(`Function not found: ${this.functionArn(fn.latest.FunctionName, v)}`);
    }
    return v;
  }

  private alias(fn: FakeFunction, name: string): AliasConfig {
    const alias = fn.aliases.get(name);
    if (!alias) throw notFound(`Cannot find alias arn: ${this.functionArn(fn.latest.FunctionName, name)}`);
    return alias;
  }

  private createAlias(fn: FakeFunction, body: Record<string, unknown>): AliasConfig {
    const name = text(body.Name);
    if (!/^(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}$/.test(name)) {
      throw badParam(
        `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`,
      );
    }
    if (fn.aliases.has(name)) throw conflict(`Alias already exists: ${this.functionArn(fn.latest.FunctionName, name)}`);
    const alias: AliasConfig = {
      AliasArn: this.functionArn(fn.latest.FunctionName, name),
      Name: name,
      FunctionVersion: this.checkVersion(fn, body.FunctionVersion),
      Description: text(body.Description),
      RevisionId: randomUUID(),
    };
    fn.aliases.set(name, alias);
    return alias;
  }

  private updateAlias(fn: FakeFunction, name: string, body: Record<string, unknown>): AliasConfig {
    const alias = this.alias(fn, name);
    if (body.RevisionId !== undefined && body.RevisionId !== alias.RevisionId) {
      throw new ApiError(
        412,
        'PreconditionFailedException',
        'The Revision Id provided does not match the latest Revision Id. Call the GetAlias API to retrieve the latest Revision Id',
      );
    }
    if (body.FunctionVersion !== undefined) alias.FunctionVersion = this.checkVersion(fn, body.FunctionVersion);
    if (body.Description !== undefined) alias.Description = text(body.Description);
    if (body.RoutingConfig !== undefined) {
      const weights = (body.RoutingConfig as { AdditionalVersionWeights?: Record<string, number> }).AdditionalVersionWeights ?? {};
      alias.RoutingConfig = Object.keys(weights).length ? { AdditionalVersionWeights: weights } : undefined;
    }
    // As Lambda does: the alias's own version can't also carry a weight.
    if (alias.RoutingConfig && alias.FunctionVersion in alias.RoutingConfig.AdditionalVersionWeights) {
      throw badParam(`Invalid routing configuration: the primary version ${alias.FunctionVersion} cannot be an additional version`);
    }
    alias.RevisionId = randomUUID();
    return alias;
  }

  private checkUrlQualifier(fn: FakeFunction, qualifier?: string): string {
    if (!qualifier || qualifier === '$LATEST') return '';
    if (/^[0-9]+$/.test(qualifier)) throw badParam('Function URLs are only supported for $LATEST and aliases');
    this.alias(fn, qualifier);
    return qualifier;
  }

  private urlConfig(fn: FakeFunction, qualifier?: string): UrlConfig {
    const key = this.checkUrlQualifier(fn, qualifier);
    const url = fn.urls.get(key);
    if (!url) throw notFound('The resource you requested does not exist.');
    return url;
  }

  private createUrl(fn: FakeFunction, qualifier: string | undefined, body: Record<string, unknown>): Omit<UrlConfig, 'LastModifiedTime'> {
    const key = this.checkUrlQualifier(fn, qualifier);
    const arn = this.functionArn(fn.latest.FunctionName, key || undefined);
    if (fn.urls.has(key)) {
      throw conflict(`Failed to create function url config for [functionArn = ${arn}]. Error message:  FunctionUrlConfig exists for this Lambda function`);
    }
    const auth = body.AuthType;
    if (auth !== 'AWS_IAM' && auth !== 'NONE') throw badParam(`Invalid AuthType ${String(auth)}`);
    const id = createHash('sha256').update(arn).digest('hex').slice(0, 32);
    const now = new Date().toISOString();
    const url: UrlConfig = {
      FunctionUrl: `https://${id}.lambda-url.${this.region}.on.aws/`,
      FunctionArn: arn,
      AuthType: auth,
      CreationTime: now,
      LastModifiedTime: now,
      InvokeMode: 'BUFFERED',
    };
    fn.urls.set(key, url);
    // CreateFunctionUrlConfig's answer has no LastModifiedTime.
    const { LastModifiedTime: _omit, ...created } = url;
    return created;
  }

  private updateUrl(fn: FakeFunction, qualifier: string | undefined, body: Record<string, unknown>): UrlConfig {
    const url = this.urlConfig(fn, qualifier);
    if (body.AuthType !== undefined) {
      if (body.AuthType !== 'AWS_IAM' && body.AuthType !== 'NONE') throw badParam(`Invalid AuthType ${text(body.AuthType)}`);
      url.AuthType = body.AuthType;
    }
    url.LastModifiedTime = new Date().toISOString();
    return url;
  }

  private policyKey(fn: FakeFunction, qualifier?: string): string {
    if (!qualifier || qualifier === '$LATEST') return '';
    if (!fn.aliases.has(qualifier) && !fn.versions.has(qualifier)) {
      throw notFound(`Function not found: ${this.functionArn(fn.latest.FunctionName, qualifier)}`);
    }
    return qualifier;
  }

  private policy(fn: FakeFunction, qualifier?: string): { Policy: string; RevisionId: string } {
    const statements = fn.policies.get(this.policyKey(fn, qualifier)) ?? [];
    if (statements.length === 0) throw notFound('The resource you requested does not exist.');
    return {
      Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements }),
      RevisionId: fn.latest.RevisionId,
    };
  }

  private addPermission(fn: FakeFunction, qualifier: string | undefined, body: Record<string, unknown>): { Statement: string } {
    const key = this.policyKey(fn, qualifier);
    const sid = text(body.StatementId);
    if (!/^[a-zA-Z0-9-_]{1,100}$/.test(sid)) {
      throw badParam(`1 validation error detected: Value '${sid}' at 'statementId' failed to satisfy constraint`);
    }
    const statements = fn.policies.get(key) ?? [];
    if (statements.some((s) => s.Sid === sid)) {
      throw conflict(`The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
    }
    const principal = text(body.Principal);
    const statement: PolicyStatement = {
      Sid: sid,
      Effect: 'Allow',
      Principal: principal === '*' ? '*' : { AWS: principal },
      Action: text(body.Action),
      Resource: this.functionArn(fn.latest.FunctionName, key || undefined),
    };
    if (body.FunctionUrlAuthType !== undefined) {
      statement.Condition = { StringEquals: { 'lambda:FunctionUrlAuthType': text(body.FunctionUrlAuthType) } };
    }
    if (body.InvokedViaFunctionUrl === true) {
      statement.Condition = { ...statement.Condition, Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } };
    }
    statements.push(statement);
    fn.policies.set(key, statements);
    return { Statement: JSON.stringify(statement) };
  }

  private removePermission(fn: FakeFunction, qualifier: string | undefined, sid: string): void {
    const key = this.policyKey(fn, qualifier);
    const statements = fn.policies.get(key) ?? [];
    const at = statements.findIndex((s) => s.Sid === sid);
    if (at < 0) throw notFound(`Statement ${sid} is not found in resource policy.`);
    statements.splice(at, 1);
  }
}

function parseRoute(method: string, pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [api, collection, fn, sub, subId] = parts;
  if (api === '2021-10-31' && collection === 'functions' && fn && sub === 'url' && parts.length === 4) {
    const op = { GET: 'GetFunctionUrlConfig', POST: 'CreateFunctionUrlConfig', PUT: 'UpdateFunctionUrlConfig', DELETE: 'DeleteFunctionUrlConfig' }[method];
    return { op: op ?? 'Unknown', fn };
  }
  if (api !== '2015-03-31' || collection !== 'functions') return { op: 'Unknown' };
  if (!fn) return { op: method === 'POST' ? 'CreateFunction' : 'Unknown' };
  const table: Record<string, string | undefined> = {
    'GET ': 'GetFunction',
    'GET configuration': 'GetFunctionConfiguration',
    'PUT configuration': 'UpdateFunctionConfiguration',
    'PUT code': 'UpdateFunctionCode',
    'POST versions': 'PublishVersion',
    'POST aliases': 'CreateAlias',
    'GET policy': 'GetPolicy',
    'POST policy': 'AddPermission',
    'GET versions': 'ListVersionsByFunction',
    'GET aliases': 'ListAliases',
    'POST invocations': 'Invoke',
    'DELETE ': 'DeleteFunction',
  };
  if (subId !== undefined && parts.length === 5) {
    if (sub === 'aliases') {
      const op = { GET: 'GetAlias', PUT: 'UpdateAlias', DELETE: 'DeleteAlias' }[method];
      return { op: op ?? 'Unknown', fn, sub: subId };
    }
    if (sub === 'policy' && method === 'DELETE') return { op: 'RemovePermission', fn, sub: subId };
    return { op: 'Unknown' };
  }
  if (parts.length > 4) return { op: 'Unknown' };
  return { op: table[`${method} ${sub ?? ''}`] ?? 'Unknown', fn };
}

/** Accepts a name, a full ARN or a partial ARN (`123456789012:function:name`). */
function functionNameOf(ref: string): string {
  const m = /^(?:arn:aws[a-z-]*:lambda:[a-z0-9-]+:)?(?:\d{12}:)?(?:function:)?([A-Za-z0-9_-]+)$/.exec(ref);
  return m ? m[1] : ref;
}

function redactZip(body: Record<string, unknown>): Record<string, unknown> {
  const zipOf = (v: unknown) => {
    const bytes = Buffer.from(String(v), 'base64');
    return { bytes: bytes.length, sha256: codeSha256Of(bytes) };
  };
  const out: Record<string, unknown> = { ...body };
  if (typeof out.ZipFile === 'string') out.ZipFile = zipOf(out.ZipFile);
  const code = out.Code as Record<string, unknown> | undefined;
  if (code && typeof code.ZipFile === 'string') out.Code = { ...code, ZipFile: zipOf(code.ZipFile) };
  return out;
}

/** Lambda's LastModified format: 2024-01-02T03:04:05.678+0000. */
function lambdaTime(): string {
  return new Date().toISOString().replace('Z', '+0000');
}

/** The peak resident set (VmHWM) of the bootstrap in MB; 0 when it is gone. */
async function peakMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s*(\d+)\s*kB/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}
