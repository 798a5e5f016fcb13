/**
 * A local stand-in for the Actions results service that @actions/artifact 6 talks
 * to: the twirp JSON API (CreateArtifact, FinalizeArtifact) and the Azure block
 * blob endpoint its signed upload URL points at. Listens on 127.0.0.1 only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** Path prefix of signed upload URLs; IP-style Azure URLs start with the account name. */
const BLOB_PREFIX = '/devstoreaccount1/actions-results/';

export interface ServiceError {
  status: number;
  /** Twirp error code (e.g. `already_exists`) or, for blob routes, the Azure error code. */
  code: string;
  msg: string;
}

export type Route = 'CreateArtifact' | 'FinalizeArtifact' | 'blob';

export interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  version?: number;
  mimeType?: string;
  /** CreateArtifact's `expires_at` (RFC 3339), present only when retention was requested. */
  expiresAt?: string;
  /** Staged blocks by block id, waiting for a block list. */
  blocks: Map<string, Buffer>;
  /** The committed blob: the artifact's archive. */
  content?: Buffer;
  contentType?: string;
  /** What FinalizeArtifact reported. */
  finalized?: { size: number; hash?: string };
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  route: Route | 'unknown';
}

export interface ArtifactService {
  /** What the runner puts in ACTIONS_RESULTS_URL (with its trailing slash). */
  url: string;
  artifacts: StoredArtifact[];
  requests: RecordedRequest[];
  /** Answer every request to a route with this error until it is deleted. */
  failures: Map<Route, ServiceError>;
  find(name: string, runId?: string): StoredArtifact | undefined;
  /** The variables a runner gives a JavaScript action, pointing at this server. */
  runnerEnv(ids?: { runId?: string; jobId?: string }): Record<string, string>;
  close(): Promise<void>;
}

export const DEFAULT_RUN_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const DEFAULT_JOB_ID = 'c0ffee00-0000-4000-8000-0000000000a1';

/**
 * Mints an ACTIONS_RUNTIME_TOKEN: an unsigned JWT whose `scp` claim carries
 * `Actions.Results:<runId>:<jobId>` among other scopes, as the runner's does.
 */
export function runtimeToken(runId: string = DEFAULT_RUN_ID, jobId: string = DEFAULT_JOB_ID): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    iat: now,
    exp: now + 3600,
  };
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** The run and job ids in a token's `Actions.Results` scope, or undefined. */
export function idsFromToken(token: string): { runId: string; jobId: string } | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown };
    if (typeof claims.scp !== 'string') return undefined;
    for (const scope of claims.scp.split(' ')) {
      const [kind, runId, jobId, ...rest] = scope.split(':');
      if (kind === 'Actions.Results' && runId && jobId && rest.length === 0) return { runId, jobId };
    }
  } catch {
    // not a JWT
  }
  return undefined;
}

export async function startArtifactService(): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const requests: RecordedRequest[] = [];
  const failures = new Map<Route, ServiceError>();
  /** Upload key in the signed URL → artifact and its signature. */
  const uploads = new Map<string, { artifact: StoredArtifact; sig: string }>();
  let nextId = 4_200;
  let base = '';

  const find = (name: string, runId?: string) => artifacts.find((a) => a.name === name && (runId === undefined || a.runId === runId));

  async function twirp(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const fail = (e: ServiceError) => sendJson(res, e.status, { code: e.code, msg: e.msg });
    if (req.method !== 'POST') return fail({ status: 404, code: 'bad_route', msg: `no ${req.method} route` });
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return fail({ status: 404, code: 'bad_route', msg: 'unexpected content type' });
    }
    const raw = (await readBody(req)).toString('utf8');
    const injected = failures.get(method as Route);
    if (injected) return fail(injected);

    const ids = idsFromToken(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!ids) return fail({ status: 401, code: 'unauthenticated', msg: 'missing or invalid runtime token' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return fail({ status: 400, code: 'malformed', msg: 'body is not JSON' });
    }
    if (body.workflow_run_backend_id !== ids.runId || body.workflow_job_run_backend_id !== ids.jobId) {
      return fail({ status: 403, code: 'permission_denied', msg: 'backend ids do not match the token' });
    }
    const name = typeof body.name === 'string' ? body.name : '';
    if (!name) return fail({ status: 400, code: 'invalid_argument', msg: 'name is required' });

    if (method === 'CreateArtifact') {
      if (find(name, ids.runId)) {
        return fail({ status: 409, code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
      }
      const artifact: StoredArtifact = {
        id: nextId++,
        runId: ids.runId,
        jobId: ids.jobId,
        name,
        version: typeof body.version === 'number' ? body.version : undefined,
        mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
        expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
        blocks: new Map(),
      };
      artifacts.push(artifact);
      const key = randomBytes(8).toString('hex');
      const sig = randomBytes(12).toString('base64url');
      uploads.set(key, { artifact, sig });
      const signed = `${base}${BLOB_PREFIX.slice(1)}${key}/${encodeURIComponent(name)}.zip?sv=2023-11-03&sr=b&sp=cw&sig=${sig}`;
      return sendJson(res, 200, { ok: true, signed_upload_url: signed });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = find(name, ids.runId);
      if (!artifact) return fail({ status: 404, code: 'not_found', msg: 'artifact not found' });
      if (!artifact.content) return fail({ status: 412, code: 'failed_precondition', msg: 'artifact has no uploaded content' });
      const hash = typeof body.hash === 'string' ? body.hash : undefined;
      artifact.finalized = { size: Number(body.size ?? 0), hash };
      return sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    return fail({ status: 404, code: 'bad_route', msg: `unknown method ${method}` });
  }

  async function blob(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const fail = (e: ServiceError) => sendBlobError(res, e);
    const data = await readBody(req);
    const injected = failures.get('blob');
    if (injected) return fail(injected);
    const key = url.pathname.slice(BLOB_PREFIX.length).split('/')[0] ?? '';
    const upload = uploads.get(key);
    if (!upload || url.searchParams.get('sig') !== upload.sig) {
      return fail({ status: 403, code: 'AuthenticationFailed', msg: 'Signature did not match.' });
    }
    if (req.method !== 'PUT') return fail({ status: 405, code: 'UnsupportedHttpVerb', msg: `${req.method} is not allowed` });
    const { artifact } = upload;
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return fail({ status: 400, code: 'InvalidQueryParameterValue', msg: 'blockid is required' });
      artifact.blocks.set(blockId, data);
      return sendBlobOk(res, {});
    }
    if (comp === 'blocklist') {
      const ids = [...data.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]);
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = artifact.blocks.get(id);
        if (!block) return fail({ status: 400, code: 'InvalidBlockList', msg: `block ${id} was not staged` });
        parts.push(block);
      }
      artifact.content = Buffer.concat(parts);
      artifact.contentType = headerValue(req.headers['x-ms-blob-content-type']);
      artifact.blocks.clear();
      return sendBlobOk(res, { ETag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`, 'Last-Modified': new Date().toUTCString() });
    }
    return fail({ status: 400, code: 'InvalidQueryParameterValue', msg: `unsupported comp=${comp}` });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    let route: RecordedRequest['route'] = 'unknown';
    if (url.pathname.startsWith(TWIRP_PREFIX)) route = url.pathname.slice(TWIRP_PREFIX.length) as Route;
    else if (url.pathname.startsWith(BLOB_PREFIX)) route = 'blob';
    requests.push({ method: req.method ?? '', url: req.url ?? '', route });

    const handled =
      route === 'blob'
        ? blob(req, res, url)
        : url.pathname.startsWith(TWIRP_PREFIX)
          ? twirp(req, res, url.pathname.slice(TWIRP_PREFIX.length))
          : Promise.resolve(sendJson(res, 404, { code: 'bad_route', msg: `no route ${url.pathname}` }));
    handled.catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 400, { code: 'malformed', msg: String(err) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    artifacts,
    requests,
    failures,
    find,
    runnerEnv: (ids = {}) => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(ids.runId, ids.jobId),
      ACTIONS_RESULTS_URL: base,
      // Only compared as a string by the client's GHES check; never contacted.
      GITHUB_SERVER_URL: 'https://github.com',
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headerValue(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function azureHeaders(): Record<string, string> {
  return {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2023-11-03',
    Date: new Date().toUTCString(),
  };
}

function sendBlobOk(res: http.ServerResponse, extra: Record<string, string>): void {
  res.writeHead(201, { ...azureHeaders(), 'x-ms-request-server-encrypted': 'true', 'Content-Length': '0', ...extra });
  res.end();
}

function sendBlobError(res: http.ServerResponse, e: ServiceError): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${e.code}</Code><Message>${e.msg}</Message></Error>`;
  res.writeHead(e.status, {
    ...azureHeaders(),
    'x-ms-error-code': e.code,
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(xml),
  });
  res.end(xml);
}
