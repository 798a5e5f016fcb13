export const id = 768;
export const ids = [768];
export const modules = {

/***/ 93768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deleteAlias: () => (/* binding */ deleteAlias),
  deployFunction: () => (/* binding */ deployFunction),
  readMergedSettings: () => (/* binding */ readMergedSettings),
  releaseAlias: () => (/* reexport */ releaseAlias)
});

// UNUSED EXPORTS: DEFAULT_PACING, mergeSettings

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(71696);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __webpack_require__(41829);
;// CONCATENATED MODULE: ./src/deploy/checks.ts



/**
 * Pure decisions of the deploy stage: is the existing function fit for a NASM
 * binary, and which writes does this run need. No SDK types here, so these stay
 * easy to test and to read.
 */
/**
 * Refuses a qualified name (`fn:alias`, `...:function:fn:3`): code updates and
 * aliases are made on the function itself, and the alias input says which alias.
 */
function checkUnqualified(functionName) {
    (0,rules/* checkFunctionName */.C)(functionName);
}
const CREATE_RUNTIME = 'provided.al2023';
const OS_ONLY_RUNTIMES = ['provided.al2023', 'provided.al2'];
/**
 * Throws for a function a NASM x86-64 zip cannot run on; returns warnings for
 * one it can but should not for long. Called before any write.
 */
function checkFunction(fn, functionName) {
    if (fn.PackageType === 'Image') {
        throw new errors/* NasmLambdaError */.pv(`function ${functionName} is a container-image function; this action uploads a zip`, {
            input: 'function-name',
            fix: 'name a zip-packaged function, or a new name with role set so the action creates one',
        });
    }
    const arch = fn.Architectures?.[0] ?? 'x86_64';
    if (arch !== 'x86_64') {
        throw new errors/* NasmLambdaError */.pv(`function ${functionName} is ${arch}, but NASM elf64 output is x86-64 and would fail with exec format error`, {
            input: 'function-name',
            fix: `switch it with aws lambda update-function-code --function-name ${functionName} --architectures x86_64 --zip-file fileb://function.zip, or deploy to an x86_64 function`,
        });
    }
    const runtime = fn.Runtime;
    if (!runtime || !OS_ONLY_RUNTIMES.includes(runtime)) {
        throw new errors/* NasmLambdaError */.pv(`function ${functionName} uses runtime ${runtime ?? '(none)'}, but a NASM binary needs an OS-only runtime`, {
            input: 'function-name',
            fix: `set the runtime to ${CREATE_RUNTIME}: aws lambda update-function-configuration --function-name ${functionName} --runtime ${CREATE_RUNTIME}`,
        });
    }
    const warnings = [];
    if (runtime === 'provided.al2') {
        warnings.push({
            severity: 'warning',
            title: 'provided.al2 is deprecated',
            message: `function ${functionName} uses provided.al2, which AWS deprecates on 2026-06-30 (updates blocked from 2026-08-31); switch it to ${CREATE_RUNTIME}`,
        });
    }
    return warnings;
}
/** What this run must write, given the function as read (undefined: it does not exist). */
function planDeploy(fn, opts, codeSha256) {
    const publish = opts.publish || Boolean(opts.alias);
    if (!fn)
        return { create: true, updateCode: false, skippedUnchanged: false, publish };
    const unchanged = fn.CodeSha256 === codeSha256;
    const skip = unchanged && opts.skipUnchanged;
    return {
        create: false,
        handlerFrom: fn.Handler !== opts.handler ? (fn.Handler ?? '') : undefined,
        updateCode: !skip,
        skippedUnchanged: skip,
        publish,
    };
}
/** Plain-words lines for the log, e.g. in a dry run. */
function describePlan(plan, opts) {
    const lines = [];
    if (plan.create)
        lines.push(`create ${opts.functionName} (${CREATE_RUNTIME}, x86_64, handler ${opts.handler})`);
    if (plan.handlerFrom !== undefined)
        lines.push(`change the handler from "${plan.handlerFrom}" to "${opts.handler}" (nothing else)`);
    if (plan.updateCode)
        lines.push('upload the new code');
    if (plan.skippedUnchanged)
        lines.push('skip the upload: CodeSha256 is unchanged');
    if (plan.publish)
        lines.push('publish a version');
    if (opts.alias)
        lines.push(`point alias ${opts.alias} at it`);
    if (opts.functionUrl)
        lines.push(`make sure a function URL (${opts.functionUrlAuth}) exists for ${opts.alias ?? '$LATEST'}`);
    return lines;
}
/**
 * Statement ids for the public-URL permissions, stable per alias so reruns find
 * them. Lambda caps ids at 100 characters of [A-Za-z0-9_-]; long alias names
 * are shortened with a hash so two long names never collide.
 */
function publicUrlStatementIds(alias) {
    const make = (kind) => {
        const id = `nasm-lambda-${kind}-${alias ?? 'latest'}`;
        if (id.length <= 100)
            return id;
        const hash = (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 10);
        return `${id.slice(0, 100 - hash.length - 1)}-${hash}`;
    };
    return { url: make('url'), invoke: make('invoke') };
}
/** Sanity check on what we are about to upload: the bytes must be the ones that were packed. */
function codeSha256Of(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('base64');
}

// EXTERNAL MODULE: ./src/deploy/records.ts
var records = __webpack_require__(70453);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/deploy/client.ts



/**
 * A failed Lambda API call, with the operation that failed so errors can name
 * the IAM action (`lambda:<Operation>`) and the request id for AWS support.
 */
class LambdaCallError extends Error {
    name = 'LambdaCallError';
    operation;
    /** The AWS error code, e.g. ResourceNotFoundException, or the SDK's own error name. */
    code;
    status;
    requestId;
    attempts;
    constructor(operation, cause) {
        const e = cause;
        super(e?.message ?? String(cause), { cause });
        this.operation = operation;
        this.code = (e?.name && e.name !== 'Error' ? e.name : e?.code) ?? 'Error';
        this.status = e?.$metadata?.httpStatusCode;
        this.requestId = e?.$metadata?.requestId;
        this.attempts = e?.$metadata?.attempts;
    }
}
function isAwsError(err, ...codes) {
    return err instanceof LambdaCallError && codes.includes(err.code);
}
/**
 * The SDK client: default credential chain only (whatever
 * configure-aws-credentials put in the environment), standard retries for
 * throttling and 5xx. Without `endpointUrl` the SDK still honours
 * AWS_ENDPOINT_URL_LAMBDA on its own.
 *
 * Timeouts. In @smithy/node-http-handler 4.x `requestTimeout` only logs a
 * warning unless `throwOnRequestTimeout` is set, and even then it caps the
 * whole request, which would fail a slow upload that is still moving. What we
 * want is an idle timeout, which `socketTimeout` is: `socket.setTimeout()`,
 * reset by every read and every completed write, failing the request with a
 * TimeoutError. During one big write Node only suppresses the timeout when the
 * handle's writeQueueSize changed since the last check, and in one measured run
 * (30 MB through `end(body)`, a reader at 1.3 MB/s) it did not refresh and the
 * timeout fired mid-upload. `chunkedBodies` below therefore hands the body over
 * as a stream of 64 KiB pieces, each a completed write of its own, so a body
 * that keeps moving keeps the connection alive. (What the kernel's send buffer
 * holds is still invisible: a peer that takes longer than the idle timeout to
 * read that much is treated as stalled.) The whole deploy is bounded
 * separately by deploy-timeout (see deadline.ts).
 */
function createLambdaClient(opts, pacing, idleTimeoutMs = pacing.idleTimeoutMs) {
    if (!opts.region) {
        throw new errors/* NasmLambdaError */.pv('no AWS region', {
            input: 'region',
            fix: 'set region, or AWS_REGION (configure-aws-credentials sets it)',
        });
    }
    if (opts.endpointUrl) {
        try {
            new URL(opts.endpointUrl);
        }
        catch {
            throw new errors/* NasmLambdaError */.pv(`"${opts.endpointUrl}" is not a URL`, { input: 'endpoint-url', fix: 'use e.g. http://localhost:4566' });
        }
    }
    const client = new dist_cjs/* LambdaClient */.Nox({
        region: opts.region,
        ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
        retryMode: 'standard',
        maxAttempts: pacing.sdkMaxAttempts,
        requestHandler: { connectionTimeout: Math.min(10_000, idleTimeoutMs), socketTimeout: idleTimeoutMs },
    });
    client.middlewareStack.add(chunkedBodies, { step: 'deserialize', priority: 'low', name: 'nasmLambdaChunkedBody' });
    return client;
}
/** The endpoint calls go to, for error messages. */
function endpointOf(opts, env = process.env) {
    return opts.endpointUrl || env.AWS_ENDPOINT_URL_LAMBDA || env.AWS_ENDPOINT_URL || `https://lambda.${opts.region}.amazonaws.com`;
}
const BODY_CHUNK_BYTES = 64 * 1024;
/**
 * Right before the HTTP handler (inside the retry loop, after signing): a
 * string or byte body becomes a fresh stream of 64 KiB pieces for each attempt.
 * The request is copied, never changed, so a retry starts from the bytes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const chunkedBodies = (next) => async (args) => {
    const request = args.request;
    const body = request?.body;
    let bytes;
    if (typeof body === 'string')
        bytes = Buffer.from(body, 'utf8');
    else if (body instanceof Uint8Array)
        bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    if (!bytes || bytes.length <= BODY_CHUNK_BYTES)
        return next(args);
    const whole = bytes;
    const pieces = function* () {
        for (let at = 0; at < whole.length; at += BODY_CHUNK_BYTES)
            yield whole.subarray(at, at + BODY_CHUNK_BYTES);
    };
    const copy = Object.assign(Object.create(Object.getPrototypeOf(request)), request, {
        body: external_node_stream_.Readable.from(pieces(), { objectMode: false }),
    });
    return next({ ...args, request: copy });
};
/** Sends calls, logs their request ids, and wraps failures in LambdaCallError. */
class LambdaApi {
    client;
    log;
    /** The deploy-timeout bound, shared by every call and wait of one run. */
    deadline;
    /** `client`, with the deadline's abortSignal added to every send. */
    #bound;
    constructor(client, log, deadline) {
        this.client = client;
        this.log = log;
        this.deadline = deadline;
        const signal = deadline?.signal;
        if (!signal) {
            this.#bound = client;
        }
        else {
            const bound = Object.create(client);
            const send = client.send.bind(client);
            bound.send = ((command, options) => send(command, { ...options, abortSignal: signal }));
            this.#bound = bound;
        }
    }
    /** The deadline's signal, for waits between calls. */
    get signal() {
        return this.deadline?.signal;
    }
    async call(operation, send) {
        let out;
        const deadline = this.deadline;
        try {
            if (deadline) {
                deadline.check();
                deadline.activity = { call: operation };
                // The SDK checks the signal per attempt, but not during its backoff sleeps: race it too.
                out = await deadline.race(send(this.#bound));
            }
            else {
                out = await send(this.#bound);
            }
        }
        catch (err) {
            if (deadline?.expired)
                throw deadline.error();
            const wrapped = new LambdaCallError(operation, err);
            this.log.debug(`${operation}: ${wrapped.code}${wrapped.status ? ` (HTTP ${wrapped.status})` : ''}${wrapped.requestId ? `, request id ${wrapped.requestId}` : ''}`);
            throw wrapped;
        }
        const meta = out.$metadata;
        const retried = meta?.attempts && meta.attempts > 1 ? ` after ${meta.attempts} attempts` : '';
        this.log.debug(`${operation}: ok${retried}${meta?.requestId ? `, request id ${meta.requestId}` : ''}`);
        return out;
    }
    /** Like call, but a ResourceNotFoundException yields undefined. */
    async find(operation, send) {
        try {
            return await this.call(operation, send);
        }
        catch (err) {
            if (isAwsError(err, 'ResourceNotFoundException'))
                return undefined;
            throw err;
        }
    }
    destroy() {
        this.client.destroy();
    }
}

;// CONCATENATED MODULE: ./src/deploy/explain.ts


const CONCURRENCY_FIX = 'serialise deploys of this function with `concurrency: { group: deploy-<function>, cancel-in-progress: false }` in the workflow';
/**
 * Turns whatever a Lambda call threw into one line a user can act on. Only the
 * operation, the AWS error code, its message and the request id are used:
 * credentials and request bodies never reach an error message.
 */
function explainFailure(err, ctx) {
    if (err instanceof errors/* NasmLambdaError */.pv)
        return err;
    if (!(err instanceof LambdaCallError)) {
        return new errors/* NasmLambdaError */.pv(`deploy failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const id = err.requestId ? ` (request id ${err.requestId})` : '';
    const action = `lambda:${err.operation}`;
    switch (err.code) {
        case 'CredentialsProviderError':
            return new errors/* NasmLambdaError */.pv('no AWS credentials', {
                fix: 'add aws-actions/configure-aws-credentials (OIDC, with permissions: id-token: write) before this step',
                cause: err,
            });
        case 'AccessDeniedException':
        case 'AccessDenied':
            return new errors/* NasmLambdaError */.pv(`AWS denied ${action} on ${ctx.functionName}${id}`, {
                fix: `allow ${action} on this function in the role's policy`,
                cause: err,
            });
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'ExpiredTokenException':
        case 'ExpiredToken':
            return new errors/* NasmLambdaError */.pv(`AWS rejected the credentials for ${action}: ${err.code}${id}`, {
                fix: 'check the configure-aws-credentials step (role, region) and that the session has not expired',
                cause: err,
            });
        case 'TooManyRequestsException':
        case 'ThrottlingException':
            return new errors/* NasmLambdaError */.pv(`Lambda kept throttling ${err.operation}${attempts(err)}${id}`, {
                fix: 'retry the job later, or ask AWS for a higher Lambda control-plane quota',
                cause: err,
            });
        case 'ResourceConflictException':
            return new errors/* NasmLambdaError */.pv(`${err.operation} on ${ctx.functionName} kept meeting another update in progress${id}`, {
                fix: CONCURRENCY_FIX,
                cause: err,
            });
        case 'CodeStorageExceededException':
            return new errors/* NasmLambdaError */.pv(`the account's Lambda code storage is full${id}`, {
                fix: 'delete old function versions (PR previews publish one per push)',
                cause: err,
            });
    }
    if (err.status !== undefined && err.status >= 500) {
        return new errors/* NasmLambdaError */.pv(`Lambda failed ${err.operation} with HTTP ${err.status} ${err.code}${attempts(err)}${id}`, {
            fix: 'this is on the AWS side; retry the job later',
            cause: err,
        });
    }
    if (err.status === undefined && err.code === 'TimeoutError' && /inactivity|timed out/i.test(err.message)) {
        const where = ctx.endpoint ?? ctx.endpointUrl ?? 'the Lambda endpoint';
        return new errors/* NasmLambdaError */.pv(`${err.operation} to ${where} stalled: the connection sent and received nothing for too long${attempts(err)}`, {
            input: ctx.endpointUrl ? 'endpoint-url' : undefined,
            fix: "check that the endpoint answers and the runner's network (a proxy or firewall that swallows connections looks like this); run the job again",
            cause: err,
        });
    }
    if (err.status === undefined && /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|TimeoutError|socket hang up/i.test(`${err.code} ${err.message}`)) {
        const where = ctx.endpointUrl ?? 'the Lambda endpoint';
        return new errors/* NasmLambdaError */.pv(`could not reach ${where} for ${err.operation}: ${err.message}`, {
            input: ctx.endpointUrl ? 'endpoint-url' : undefined,
            fix: ctx.endpointUrl ? 'check the URL and that the service is running' : "check the region and the runner's network",
            cause: err,
        });
    }
    return new errors/* NasmLambdaError */.pv(`${err.operation} on ${ctx.functionName} failed: ${err.code}: ${err.message}${id}`, {
        fix: "fix what Lambda's message names, then run the deploy again",
        cause: err,
    });
}
function attempts(err) {
    return err.attempts && err.attempts > 1 ? ` after ${err.attempts} attempts` : '';
}

;// CONCATENATED MODULE: ./src/deploy/pacing.ts
const DEFAULT_PACING = {
    firstDelayMs: 250,
    factor: 1.5,
    maxDelayMs: 5_000,
    timeoutMs: 5 * 60_000,
    conflictAttempts: 6,
    sdkMaxAttempts: 5,
    roleRetryDelayMs: 2_000,
    idleTimeoutMs: 60_000,
};
function pacingWith(overrides = {}) {
    return { ...DEFAULT_PACING, ...overrides };
}
/** The delay before poll or retry number `n` (0-based). */
function delayFor(p, n) {
    return Math.min(p.maxDelayMs, Math.round(p.firstDelayMs * p.factor ** n));
}
/** Waits `ms`; with a signal (the deploy's deadline), rejects as soon as it aborts. */
function sleep(ms, signal) {
    if (!signal)
        return new Promise((resolve) => setTimeout(resolve, ms));
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/deploy/wait.ts





function isBusy(c) {
    return c.State === 'Pending' || c.LastUpdateStatus === 'InProgress';
}
/**
 * Polls $LATEST until our own write has settled: LastUpdateStatus Successful
 * (and State Active after a create). Lambda refuses the next write (409) until then,
 * which is the bug this stage exists to avoid. A Failed update is an error
 * carrying Lambda's reason; the wait is bounded by `pacing.timeoutMs`.
 */
async function waitForUpdate(api, functionName, pacing, after) {
    return poll(api, functionName, pacing, after, (c) => {
        if (c.LastUpdateStatus === 'Failed') {
            throw new errors/* NasmLambdaError */.pv(`${after} of ${functionName} failed: ${c.LastUpdateStatusReasonCode ?? 'Failed'}: ${c.LastUpdateStatusReason ?? 'no reason given'}`, { fix: 'fix what Lambda names, then run the deploy again' });
        }
        if (c.State === 'Failed') {
            throw new errors/* NasmLambdaError */.pv(`${functionName} is in state Failed after ${after}: ${c.StateReasonCode ?? ''} ${c.StateReason ?? ''}`.trim(), {
                fix: 'fix what Lambda names (often the role), then run the deploy again',
            });
        }
        // After a create the function must become Active. After an update only the
        // update must settle: a function idle for weeks is Inactive and stays so
        // until invoked, and waiting for Active would time out (the SDK's own
        // FunctionUpdatedV2 waiter also looks at LastUpdateStatus alone).
        if (after === 'CreateFunction')
            return c.State === 'Active' && c.LastUpdateStatus === 'Successful';
        return c.State !== 'Pending' && c.LastUpdateStatus === 'Successful';
    });
}
/** Polls until nobody's update is in flight; used before our first write and between conflict retries. */
async function waitUntilIdle(api, functionName, pacing, why) {
    return poll(api, functionName, pacing, why, (c) => !isBusy(c));
}
async function poll(api, functionName, pacing, what, done) {
    const started = Date.now();
    const waitSleep = (ms) => sleepOn(api, ms, `${functionName} to settle after ${what}`);
    for (let n = 0;; n++) {
        const c = await api.call('GetFunctionConfiguration', (l) => l.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: functionName })));
        if (done(c))
            return c;
        const waited = Date.now() - started;
        if (waited >= pacing.timeoutMs) {
            throw new errors/* NasmLambdaError */.pv(`${functionName} still reports State ${c.State}, LastUpdateStatus ${c.LastUpdateStatus} ${Math.round(waited / 1000)} s after ${what}`, { fix: 'check the function in the Lambda console; if another deployment is running, ' + CONCURRENCY_FIX });
        }
        api.log.debug(`${functionName}: State ${c.State}, LastUpdateStatus ${c.LastUpdateStatus}; polling again`);
        await waitSleep(Math.min(delayFor(pacing, n), Math.max(0, pacing.timeoutMs - waited)));
    }
}
/**
 * Runs a read-then-write step, again after the function goes idle whenever
 * Lambda answers 409 ResourceConflictException (an update in progress, or a
 * resource another run created between our read and our write) or 412
 * PreconditionFailed (a revision moved). The step re-reads each time, so a
 * retry never repeats a write blindly. The SDK does not retry these itself.
 */
async function withConflictRetry(api, functionName, pacing, what, step) {
    for (let attempt = 1;; attempt++) {
        try {
            return await step();
        }
        catch (err) {
            if (!isAwsError(err, 'ResourceConflictException', 'PreconditionFailedException') || attempt >= pacing.conflictAttempts)
                throw err;
            api.log.info(`${what}: Lambda answered ${err.code} (${err.message}); waiting and trying again (${attempt}/${pacing.conflictAttempts - 1})`);
            await sleepOn(api, delayFor(pacing, attempt - 1), `a retry of ${what}`);
            await waitUntilIdle(api, functionName, pacing, `a conflict on ${what}`);
        }
    }
}
/** A sleep bounded by the deploy's deadline; when time is up it throws the deadline's error. */
async function sleepOn(api, ms, what) {
    if (api.deadline)
        api.deadline.activity = { wait: what };
    try {
        await sleep(ms, api.signal);
    }
    catch (err) {
        api.deadline?.check();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/deploy/alias-url.ts





/**
 * Aliases, function URLs and the resource-policy statements a public URL needs.
 * Every "ensure" reads first and writes only the difference, so reruns are
 * no-ops and a conflict retry never repeats a write blindly.
 */
function readAlias(api, fn, alias) {
    return api.find('GetAlias', (l) => l.send(new dist_cjs/* GetAliasCommand */.MES({ FunctionName: fn, Name: alias })));
}
/**
 * Creates the alias or moves it to `version`; returns its ARN and, after a
 * move, the version it pointed at before, which the alias's Description now
 * records (see records.ts) so a rollback can return to it.
 */
async function ensureAlias(api, pacing, fn, alias, version) {
    return withConflictRetry(api, fn, pacing, `alias ${alias}`, async () => {
        const current = await readAlias(api, fn, alias);
        if (!current) {
            api.log.info(`Creating alias ${alias} → version ${version}`);
            const created = await api.call('CreateAlias', (l) => l.send(new dist_cjs/* CreateAliasCommand */.W_e({ FunctionName: fn, Name: alias, FunctionVersion: version })));
            return { arn: created.AliasArn ?? '' };
        }
        const weights = current.RoutingConfig?.AdditionalVersionWeights ?? {};
        const weighted = Object.keys(weights).length > 0;
        if (current.FunctionVersion === version && !weighted) {
            api.log.info(`Alias ${alias} already points at version ${version}`);
            return { arn: current.AliasArn ?? '' };
        }
        // A weighted (canary) alias would keep sending traffic to an older version,
        // and Lambda refuses a weight on the alias's own version: moving it means all traffic.
        if (weighted) {
            api.log.annotate({
                severity: 'warning',
                title: 'Alias weights cleared',
                message: `alias ${alias} sent ${Object.entries(weights)
                    .map(([v, w]) => `${Math.round(w * 100)}% to version ${v}`)
                    .join(', ')}; it now sends all traffic to version ${version}`,
            });
        }
        api.log.info(`Moving alias ${alias} from version ${current.FunctionVersion} to ${version}`);
        // RevisionId: if another run moves the alias between our read and write, Lambda says 412 and we re-read.
        const moved = await api.call('UpdateAlias', (l) => l.send(new dist_cjs/* UpdateAliasCommand */.lqC({
            FunctionName: fn,
            Name: alias,
            FunctionVersion: version,
            RevisionId: current.RevisionId,
            ...(current.FunctionVersion && /^[0-9]+$/.test(current.FunctionVersion) && current.FunctionVersion !== version
                ? { Description: (0,records/* aliasDescription */.BH)(current.Description, current.FunctionVersion) }
                : {}),
            ...(weighted ? { RoutingConfig: { AdditionalVersionWeights: {} } } : {}),
        })));
        const previous = current.FunctionVersion !== version ? current.FunctionVersion : undefined;
        return { arn: moved.AliasArn ?? '', ...(previous ? { previous } : {}) };
    });
}
function readFunctionUrl(api, fn, qualifier) {
    return api.find('GetFunctionUrlConfig', (l) => l.send(new dist_cjs/* GetFunctionUrlConfigCommand */.Hcc({ FunctionName: fn, Qualifier: qualifier })));
}
/**
 * Makes sure a function URL with `auth` exists for the alias (or $LATEST), and
 * that the policy matches: NONE gets the two public statements, AWS_IAM has
 * ours removed. Returns the URL.
 */
async function ensureFunctionUrl(api, pacing, fn, qualifier, auth) {
    const target = qualifier ?? '$LATEST';
    const url = await withConflictRetry(api, fn, pacing, `function URL of ${target}`, async () => {
        const current = await readFunctionUrl(api, fn, qualifier);
        if (!current) {
            api.log.info(`Creating a function URL for ${target} (auth ${auth})`);
            const created = await api.call('CreateFunctionUrlConfig', (l) => l.send(new dist_cjs/* CreateFunctionUrlConfigCommand */.DJE({ FunctionName: fn, Qualifier: qualifier, AuthType: auth })));
            return created.FunctionUrl;
        }
        if (current.AuthType !== auth) {
            api.log.info(`Changing the function URL auth of ${target} from ${current.AuthType} to ${auth}`);
            const updated = await api.call('UpdateFunctionUrlConfig', (l) => l.send(new dist_cjs/* UpdateFunctionUrlConfigCommand */.GQU({ FunctionName: fn, Qualifier: qualifier, AuthType: auth })));
            return updated.FunctionUrl;
        }
        return current.FunctionUrl;
    });
    if (auth === 'NONE')
        await ensurePublicAccess(api, pacing, fn, qualifier);
    else
        await removePublicAccess(api, pacing, fn, qualifier);
    return url ?? '';
}
/** The Sids in the resource policy of `qualifier` (empty when there is no policy). */
async function readStatementIds(api, fn, qualifier) {
    const out = await api.find('GetPolicy', (l) => l.send(new dist_cjs/* GetPolicyCommand */.s4W({ FunctionName: fn, Qualifier: qualifier })));
    if (!out?.Policy)
        return [];
    const policy = JSON.parse(out.Policy);
    return (policy.Statement ?? []).map((s) => s.Sid ?? '');
}
/**
 * A public URL (AuthType NONE) needs lambda:InvokeFunctionUrl and, since
 * October 2025, lambda:InvokeFunction. The second is limited to calls that
 * come through the URL, so Principal '*' does not open the Invoke API itself.
 */
async function ensurePublicAccess(api, pacing, fn, qualifier) {
    const sids = publicUrlStatementIds(qualifier);
    await withConflictRetry(api, fn, pacing, 'public URL permissions', async () => {
        const present = await readStatementIds(api, fn, qualifier);
        if (!present.includes(sids.url)) {
            api.log.info(`Allowing public lambda:InvokeFunctionUrl on ${qualifier ?? '$LATEST'} (${sids.url})`);
            await api.call('AddPermission', (l) => l.send(new dist_cjs/* AddPermissionCommand */.AL$({
                FunctionName: fn,
                Qualifier: qualifier,
                StatementId: sids.url,
                Action: 'lambda:InvokeFunctionUrl',
                Principal: '*',
                FunctionUrlAuthType: 'NONE',
            })));
        }
        if (!present.includes(sids.invoke)) {
            api.log.info(`Allowing lambda:InvokeFunction through the URL on ${qualifier ?? '$LATEST'} (${sids.invoke})`);
            await api.call('AddPermission', (l) => l.send(new dist_cjs/* AddPermissionCommand */.AL$({
                FunctionName: fn,
                Qualifier: qualifier,
                StatementId: sids.invoke,
                Action: 'lambda:InvokeFunction',
                Principal: '*',
                InvokedViaFunctionUrl: true,
            })));
        }
    });
}
/** Removes the statements ensurePublicAccess added (and only those). */
async function removePublicAccess(api, pacing, fn, qualifier) {
    const sids = publicUrlStatementIds(qualifier);
    return withConflictRetry(api, fn, pacing, 'removing public URL permissions', async () => {
        const present = await readStatementIds(api, fn, qualifier);
        let removed = 0;
        for (const sid of [sids.url, sids.invoke]) {
            if (!present.includes(sid))
                continue;
            api.log.info(`Removing permission ${sid} from ${qualifier ?? '$LATEST'}`);
            await api.find('RemovePermission', (l) => l.send(new dist_cjs/* RemovePermissionCommand */.h$5({ FunctionName: fn, Qualifier: qualifier, StatementId: sid })));
            removed++;
        }
        return removed;
    });
}
/** Deletes the alias's URL, our statements, then the alias. False when the alias was already gone. */
async function deleteAliasAndUrl(api, pacing, fn, alias) {
    if (!(await readAlias(api, fn, alias)))
        return false;
    await withConflictRetry(api, fn, pacing, `function URL of ${alias}`, async () => {
        if (!(await readFunctionUrl(api, fn, alias)))
            return;
        api.log.info(`Deleting the function URL of ${alias}`);
        await api.find('DeleteFunctionUrlConfig', (l) => l.send(new dist_cjs/* DeleteFunctionUrlConfigCommand */.Ik0({ FunctionName: fn, Qualifier: alias })));
    });
    await removePublicAccess(api, pacing, fn, alias);
    return withConflictRetry(api, fn, pacing, `alias ${alias}`, async () => {
        api.log.info(`Deleting alias ${alias}`);
        try {
            await api.call('DeleteAlias', (l) => l.send(new dist_cjs/* DeleteAliasCommand */.Hou({ FunctionName: fn, Name: alias })));
            return true;
        }
        catch (err) {
            // Another cleanup job got there first.
            if (isAwsError(err, 'ResourceNotFoundException'))
                return false;
            throw err;
        }
    });
}

;// CONCATENATED MODULE: ./src/deploy/function.ts






/** Writes and reads of the function itself ($LATEST and its versions). */
/** The function's configuration, or undefined when it does not exist. */
async function readFunction(api, name) {
    const out = await api.find('GetFunction', (l) => l.send(new dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: name })));
    return out?.Configuration;
}
/**
 * CreateFunction with what a NASM binary needs and nothing else. Returns
 * undefined when another run created it first, so the caller can take the
 * update path instead.
 */
async function createFunction(api, pacing, init) {
    for (let attempt = 1;; attempt++) {
        try {
            await api.call('CreateFunction', (l) => l.send(new dist_cjs/* CreateFunctionCommand */.Y8X({
                FunctionName: init.name,
                Role: init.role,
                Runtime: CREATE_RUNTIME,
                Handler: init.handler,
                Architectures: ['x86_64'],
                PackageType: 'Zip',
                Code: { ZipFile: init.zip },
            })));
            break;
        }
        catch (err) {
            if (isAwsError(err, 'ResourceConflictException')) {
                api.log.info(`${init.name} was created by someone else meanwhile; updating it instead`);
                return undefined;
            }
            // A role created moments ago is not yet assumable by Lambda; IAM needs a few seconds.
            const propagating = isAwsError(err, 'InvalidParameterValueException') && /cannot be assumed/i.test(err.message);
            if (!propagating || attempt >= pacing.conflictAttempts) {
                if (propagating) {
                    throw new errors/* NasmLambdaError */.pv(`Lambda cannot assume the role ${init.role}`, {
                        input: 'role',
                        fix: 'the role needs a trust policy for lambda.amazonaws.com (sts:AssumeRole); a new role needs a few seconds to propagate',
                        cause: err,
                    });
                }
                throw err;
            }
            const delay = Math.min(10_000, pacing.roleRetryDelayMs * 2 ** (attempt - 1));
            api.log.info(`Lambda cannot assume ${init.role} yet; retrying in ${delay} ms (${attempt}/${pacing.conflictAttempts - 1})`);
            await sleepOn(api, delay, `IAM to let Lambda assume ${init.role}`);
        }
    }
    return waitForUpdate(api, init.name, pacing, 'CreateFunction');
}
/** Changes the Handler and nothing else: runtime, environment, memory and the rest stay the user's. */
async function updateHandler(api, pacing, name, handler) {
    await withConflictRetry(api, name, pacing, 'UpdateFunctionConfiguration', () => api.call('UpdateFunctionConfiguration', (l) => l.send(new dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({ FunctionName: name, Handler: handler }))));
    return waitForUpdate(api, name, pacing, 'UpdateFunctionConfiguration');
}
/** Uploads the zip as ZipFile bytes for x86_64 and waits for the update to settle. */
async function updateCode(api, pacing, name, zip, codeSha256, 
/** Called once Lambda has taken the upload: $LATEST changes even if the wait below fails. */
onAccepted) {
    const out = await withConflictRetry(api, name, pacing, 'UpdateFunctionCode', () => api.call('UpdateFunctionCode', (l) => l.send(new dist_cjs/* UpdateFunctionCodeCommand */.KfB({ FunctionName: name, ZipFile: zip, Architectures: ['x86_64'] }))));
    onAccepted?.();
    if (out.CodeSha256 && out.CodeSha256 !== codeSha256) {
        throw new errors/* NasmLambdaError */.pv(`Lambda computed CodeSha256 ${out.CodeSha256} for the upload, but function.zip has ${codeSha256}`, {
            fix: 'the upload was altered on the way (a proxy?); run the job again',
        });
    }
    return waitForUpdate(api, name, pacing, 'UpdateFunctionCode');
}
/** UpdateFunctionCode with DryRun: Lambda validates the request and the permission, and changes nothing. */
async function dryRunCode(api, name, zip) {
    return api.call('UpdateFunctionCode', (l) => l.send(new dist_cjs/* UpdateFunctionCodeCommand */.KfB({ FunctionName: name, ZipFile: zip, Architectures: ['x86_64'], DryRun: true })));
}
/**
 * Publishes $LATEST only if it still holds our code: PublishVersion checks
 * CodeSha256, so a workflow that raced us onto $LATEST makes this fail instead
 * of publishing its code under our alias. An unchanged $LATEST gives back the
 * existing version.
 */
async function publishVersion(api, pacing, name, codeSha256, description) {
    let out;
    try {
        out = await withConflictRetry(api, name, pacing, 'PublishVersion', () => api.call('PublishVersion', (l) => l.send(new dist_cjs/* PublishVersionCommand */.D3m({ FunctionName: name, CodeSha256: codeSha256, ...(description ? { Description: description } : {}) }))));
    }
    catch (err) {
        if (isAwsError(err, 'InvalidParameterValueException') && /CodeSHA256/i.test(err.message)) {
            throw raced(name, err);
        }
        throw err;
    }
    if (out.CodeSha256 !== codeSha256)
        throw raced(name, undefined, out.CodeSha256);
    return out;
}
function raced(name, cause, found) {
    return new errors/* NasmLambdaError */.pv(`another workflow changed $LATEST of ${name} before the version was published${found ? ` (it holds CodeSha256 ${found})` : ''}, so nothing was published`, { fix: CONCURRENCY_FIX, cause });
}

;// CONCATENATED MODULE: ./src/deploy/prune.ts




/**
 * Deleting published versions: keep-versions pruning, and the versions a
 * deleted preview alias leaves behind. A version is never deleted while
 * anything points at it: an alias (as its version or in its routing weights),
 * or an alias's recorded previous version (what rollback would return to).
 * $LATEST is never a candidate, and DeleteFunction is only ever sent with a
 * numeric Qualifier, so the function itself cannot be deleted from here.
 */
async function listVersions(api, fn) {
    const all = [];
    let marker;
    do {
        const page = await api.call('ListVersionsByFunction', (l) => l.send(new dist_cjs/* ListVersionsByFunctionCommand */.Ox4({ FunctionName: fn, Marker: marker })));
        all.push(...(page.Versions ?? []));
        marker = page.NextMarker || undefined;
    } while (marker);
    return all.filter((v) => v.Version && /^[0-9]+$/.test(v.Version));
}
async function listAliases(api, fn) {
    const all = [];
    let marker;
    do {
        const page = await api.call('ListAliases', (l) => l.send(new dist_cjs/* ListAliasesCommand */.UZx({ FunctionName: fn, Marker: marker })));
        all.push(...(page.Aliases ?? []));
        marker = page.NextMarker || undefined;
    } while (marker);
    return all;
}
/** Every version an alias points at, gives weight to, or could be rolled back to. */
function referencedVersions(aliases, except) {
    const refs = new Set();
    for (const a of aliases) {
        if (except !== undefined && a.Name === except)
            continue;
        if (a.FunctionVersion)
            refs.add(a.FunctionVersion);
        for (const v of Object.keys(a.RoutingConfig?.AdditionalVersionWeights ?? {}))
            refs.add(v);
        const prev = (0,records/* recordedPrevious */.a4)(a.Description);
        if (prev)
            refs.add(prev);
    }
    return refs;
}
/** The versions beyond the newest `keep` that nothing references, oldest first. */
function pruneCandidates(versions, keep, referenced) {
    const sorted = [...new Set(versions)].filter((v) => /^[0-9]+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    return sorted
        .slice(keep)
        .filter((v) => !referenced.has(v))
        .reverse();
}
/** Versions published for `alias` (by their description record) that no other alias references. */
function aliasVersions(versions, alias, referenced) {
    return versions
        .filter((v) => (0,records/* parseVersionRecord */.FO)(v.Description)?.alias === alias && !referenced.has(v.Version))
        .map((v) => v.Version)
        .sort((a, b) => Number(a) - Number(b));
}
/**
 * Deletes one version. Returns false when Lambda refuses because something
 * came to reference it meanwhile (409) or it is already gone (404).
 */
async function deleteVersion(api, fn, version) {
    if (!/^[0-9]+$/.test(version))
        throw new errors/* NasmLambdaError */.pv(`refusing to delete "${version}": only numbered versions are ever deleted`);
    try {
        await api.call('DeleteFunction', (l) => l.send(new dist_cjs/* DeleteFunctionCommand */.Z3K({ FunctionName: fn, Qualifier: version })));
        return true;
    }
    catch (err) {
        if (isAwsError(err, 'ResourceNotFoundException'))
            return false;
        if (isAwsError(err, 'ResourceConflictException')) {
            api.log.info(`Version ${version} was kept: Lambda says it is in use (${err.message})`);
            return false;
        }
        throw err;
    }
}
/**
 * keep-versions: deletes the published versions beyond the newest `keep`, except
 * referenced ones. `extra` protects more (in a dry run, the alias's current
 * version, which is about to become its recorded previous one).
 */
async function pruneVersions(api, fn, keep, opts) {
    const [versions, aliases] = [await listVersions(api, fn), await listAliases(api, fn)];
    const refs = referencedVersions(aliases);
    for (const v of opts.extra ?? [])
        refs.add(v);
    const candidates = pruneCandidates(versions.map((v) => v.Version), Math.max(0, keep - (opts.pending ?? 0)), refs);
    if (candidates.length === 0) {
        api.log.info(`keep-versions ${keep}: nothing to delete (${versions.length} published version(s), ${refs.size} referenced)`);
        return [];
    }
    if (opts.dryRun) {
        api.log.info(`Dry run: keep-versions ${keep} would delete version(s) ${candidates.join(', ')}`);
        return candidates;
    }
    const deleted = [];
    for (const v of candidates) {
        if (await deleteVersion(api, fn, v))
            deleted.push(v);
    }
    api.log.info(deleted.length ? `keep-versions ${keep}: deleted version(s) ${deleted.join(', ')}` : `keep-versions ${keep}: nothing deleted`);
    return deleted;
}

// EXTERNAL MODULE: ./src/deploy/expect.ts
var expect = __webpack_require__(64566);
;// CONCATENATED MODULE: ./src/deploy/remote-test.ts



const FIGURES = [
    ['durationMs', /(?:^|\s)Duration:\s*([0-9.]+)\s*ms/],
    ['billedMs', /Billed Duration:\s*([0-9.]+)\s*ms/],
    ['initMs', /Init Duration:\s*([0-9.]+)\s*ms/],
    ['memorySizeMb', /Memory Size:\s*([0-9.]+)\s*MB/],
    ['maxMemoryMb', /Max Memory Used:\s*([0-9.]+)\s*MB/],
];
/** Parses the last REPORT line of a log tail; fields Lambda left out stay undefined. */
function parseReportLine(log) {
    const line = log
        .split(/\r?\n/)
        .filter((l) => /^REPORT\s/.test(l))
        .pop();
    const out = {};
    if (!line)
        return out;
    for (const [key, re] of FIGURES) {
        const m = re.exec(line);
        if (m)
            out[key] = Number(m[1]);
    }
    return out;
}
async function remoteTest(api, functionName, version, event, expectResponse) {
    api.log.info(`Invoking version ${version} of ${functionName} with test-event (remote-test)`);
    const out = await api.call('Invoke', (l) => l.send(new dist_cjs/* InvokeCommand */.mdN({
        FunctionName: functionName,
        Qualifier: version,
        InvocationType: 'RequestResponse',
        LogType: 'Tail',
        Payload: Buffer.from(event, 'utf8'),
    })));
    const payload = Buffer.from(out.Payload ?? new Uint8Array());
    const logTail = out.LogResult ? Buffer.from(out.LogResult, 'base64').toString('utf8') : '';
    // Passed on as data: the front door keeps it from being read as workflow commands.
    if (logTail)
        api.log.info(`function log of version ${version} (last 4 KB):\n${logTail.replace(/\n$/, '')}`, { foreign: true });
    const result = { version, ok: true, response: payload.toString('utf8'), report: parseReportLine(logTail), logTail };
    if (out.FunctionError) {
        result.ok = false;
        result.functionError = out.FunctionError;
        result.failure = `version ${version} failed the remote test: ${out.FunctionError} error: ${describeError(result.response)}`;
    }
    else if (expectResponse !== undefined) {
        const m = (0,expect/* matchResponse */.R)(expectResponse, payload);
        if (!m.ok) {
            result.ok = false;
            result.failure = `version ${version} answered the remote test-event with the wrong response: ${m.message}`;
        }
    }
    if (result.ok)
        api.log.info(`remote response of version ${version}: ${result.response}`, { foreign: true });
    return result;
}
function remoteTestError(r, alias) {
    const kept = alias ? `; alias ${alias} was not moved` : '';
    return new errors/* NasmLambdaError */.pv(`${r.failure}${kept}`, {
        input: r.functionError ? 'remote-test' : 'expect-response',
        fix: r.functionError
            ? 'see the function log above; the version stays published but unused, fix the code and release again'
            : 'fix the function or expect-response, then release again',
    });
}
function describeError(payload) {
    try {
        const e = JSON.parse(payload);
        if (e && (e.errorType || e.errorMessage))
            return `${e.errorType ?? 'Error'}: ${e.errorMessage ?? ''}`.slice(0, 500);
    }
    catch {
        // not JSON
    }
    return payload.slice(0, 500);
}

;// CONCATENATED MODULE: ./src/deploy/deadline.ts

/**
 * The bound on a whole deploy (input deploy-timeout): every SDK call gets its
 * AbortSignal, every wait between calls sleeps on it, and whichever is running
 * when time is up fails with an error that names it and the endpoint.
 */
const DEFAULT_DEPLOY_TIMEOUT_SECONDS = 900;
class Deadline {
    seconds;
    endpoint;
    signal;
    /** What the deploy was doing; the error names it. */
    activity = { step: 'starting' };
    #controller = new AbortController();
    #timer;
    #expiredDuring;
    #abort;
    constructor(seconds, endpoint) {
        this.seconds = seconds;
        this.endpoint = endpoint;
        this.signal = this.#controller.signal;
        this.#abort = new Promise((_, reject) => {
            this.signal.addEventListener('abort', () => reject(this.error()), { once: true });
        });
        // Handled by whoever races it; never an unhandled rejection on its own.
        this.#abort.catch(() => { });
        this.#timer = setTimeout(() => {
            this.#expiredDuring = this.activity;
            this.#controller.abort(new Error(`deploy-timeout of ${seconds} s reached`));
        }, seconds * 1000);
        this.#timer.unref();
    }
    get expired() {
        return this.signal.aborted;
    }
    /** Throws the deadline error when time is up. */
    check() {
        if (this.expired)
            throw this.error();
    }
    /** `p`, or the deadline error as soon as time is up. */
    race(p) {
        return Promise.race([p, this.#abort]);
    }
    error() {
        const a = this.#expiredDuring ?? this.activity;
        const what = 'call' in a
            ? `${a.call} to ${this.endpoint} got no complete answer`
            : 'wait' in a
                ? `it was still waiting for ${a.wait} (polling ${this.endpoint})`
                : `it was ${a.step}`;
        return new errors/* NasmLambdaError */.pv(`the deploy did not finish within deploy-timeout (${this.seconds} s): ${what}`, {
            input: 'deploy-timeout',
            fix: `check that ${this.endpoint} is reachable from the runner and answers (a proxy or firewall that accepts connections and never answers looks like this); for a slow network or a big zip raise deploy-timeout`,
        });
    }
    dispose() {
        clearTimeout(this.#timer);
    }
}

;// CONCATENATED MODULE: ./src/deploy/session.ts




/** One run's connection to Lambda: the client, bounded by deploy-timeout. */
function openApi(opts, log, p) {
    const endpoint = endpointOf(opts);
    const client = createLambdaClient(opts, p);
    const deadline = new Deadline(opts.deployTimeoutSeconds ?? DEFAULT_DEPLOY_TIMEOUT_SECONDS, endpoint);
    const api = new LambdaApi(client, log, deadline);
    return {
        api,
        close: () => {
            api.destroy();
            deadline.dispose();
        },
        explain: (err) => explainFailure(err, { functionName: opts.functionName, endpointUrl: opts.endpointUrl, endpoint }),
    };
}
/**
 * remote-test of one version, on a client whose idle timeout outlasts the
 * function's own timeout (Invoke is silent while the function runs).
 */
async function testVersion(api, p, opts, version, timeoutSeconds) {
    const idle = Math.max(p.idleTimeoutMs, ((timeoutSeconds ?? 900) + 30) * 1000);
    const invoker = new LambdaApi(createLambdaClient(opts, p, idle), api.log, api.deadline);
    try {
        return await remoteTest(invoker, opts.functionName, version, opts.remoteTest.event, opts.expectResponse);
    }
    finally {
        invoker.destroy();
    }
}

;// CONCATENATED MODULE: ./src/deploy/settings.ts


/** Pure: the merged settings and the difference to `current`. */
function mergeSettings(current, want, handler) {
    const before = current?.Environment?.Variables ?? {};
    const env = { ...before };
    const changes = [];
    const update = {};
    if (want.environment) {
        const set = [];
        const removed = [];
        for (const key of want.environment.remove) {
            if (key in env) {
                delete env[key];
                removed.push(key);
            }
        }
        for (const [key, value] of Object.entries(want.environment.set)) {
            if (env[key] !== value)
                set.push(key);
            env[key] = value;
        }
        if (set.length || removed.length) {
            update.Environment = { Variables: env };
            if (set.length)
                changes.push(`set environment ${set.join(', ')}`);
            if (removed.length)
                changes.push(`remove environment ${removed.join(', ')}`);
        }
    }
    if (want.memorySize !== undefined && want.memorySize !== current?.MemorySize) {
        update.MemorySize = want.memorySize;
        changes.push(`memory ${current?.MemorySize ?? '?'} → ${want.memorySize} MB`);
    }
    if (want.timeout !== undefined && want.timeout !== current?.Timeout) {
        update.Timeout = want.timeout;
        changes.push(`timeout ${current?.Timeout ?? '?'} → ${want.timeout} s`);
    }
    if (handler !== undefined && handler !== current?.Handler) {
        update.Handler = handler;
        changes.push(`handler "${current?.Handler ?? ''}" → "${handler}"`);
    }
    return {
        environment: env,
        memorySize: want.memorySize ?? current?.MemorySize,
        timeout: want.timeout ?? current?.Timeout,
        handler: handler ?? current?.Handler,
        update,
        changes,
    };
}
function hasSettings(s) {
    return Boolean(s && (s.environment || s.memorySize !== undefined || s.timeout !== undefined));
}
/** Every environment value, wanted or read, goes to the logger's secret masking. */
function maskValues(log, values) {
    for (const v of values)
        if (v !== '')
            log.secret?.(v);
}
/**
 * Reads the configuration, merges, and writes only the fields that differ in
 * one UpdateFunctionConfiguration (with the handler when it differs), then
 * waits. The environment is written whole, so the write carries the RevisionId
 * that was read: if someone changes the function in between, Lambda answers
 * 412 PreconditionFailed and the step reads and merges again, so their change
 * is kept rather than overwritten. Returns the changes made (names only).
 */
async function applySettings(api, pacing, fn, handler, want) {
    let changes = [];
    const sent = await withConflictRetry(api, fn, pacing, 'UpdateFunctionConfiguration', async () => {
        const current = await api.call('GetFunctionConfiguration', (l) => l.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: fn })));
        maskValues(api.log, Object.values(current.Environment?.Variables ?? {}));
        const merged = mergeSettings(current, want, handler);
        changes = merged.changes;
        if (Object.keys(merged.update).length === 0)
            return false;
        api.log.info(`Updating the configuration of ${fn}: ${changes.join('; ')}`);
        await api.call('UpdateFunctionConfiguration', (l) => l.send(new dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({
            FunctionName: fn,
            ...merged.update,
            ...(merged.update.Environment ? { RevisionId: current.RevisionId } : {}),
        })));
        return true;
    });
    if (!sent) {
        api.log.info(`The configuration of ${fn} already matches; nothing sent`);
        return [];
    }
    await waitForUpdate(api, fn, pacing, 'UpdateFunctionConfiguration');
    return changes;
}

;// CONCATENATED MODULE: ./src/deploy/release.ts









/**
 * The build-free release modes: no sources, no upload, no publish; only an
 * alias moves, to a version that already exists.
 *   rollback     `alias` goes back to the version its Description records as
 *                previous (the action records it on every move), or to
 *                `rollback-to`.
 *   promote-from `alias` goes to the version another alias points at (or to a
 *                version number). A weighted source alias is refused: it
 *                serves more than one version, so "its version" is ambiguous.
 * With remote-test the target version is invoked first; a failure leaves the
 * alias where it was.
 */
async function releaseAlias(opts, log, pacing = {}, progress = {}) {
    const mode = opts.mode;
    const alias = opts.alias;
    if (!mode || !alias)
        throw (0,errors/* inputError */.Xu)('alias', 'rollback and promote-from need the alias to move', 'set alias, e.g. live');
    checkUnqualified(opts.functionName);
    const p = pacingWith(pacing);
    const { api, close, explain } = openApi(opts, log, p);
    const name = opts.functionName;
    try {
        const fn = await readFunction(api, name);
        if (!fn) {
            throw new errors/* NasmLambdaError */.pv(`function ${name} does not exist in ${opts.region}`, { input: 'function-name', fix: 'check the name and region' });
        }
        const current = await readAlias(api, name, alias);
        let target;
        if (mode.kind === 'rollback') {
            if (!current) {
                throw new errors/* NasmLambdaError */.pv(`alias ${alias} of ${name} does not exist, so there is nothing to roll back`, {
                    input: 'alias',
                    fix: 'check the alias name; to point a new alias at a version use promote-from',
                });
            }
            const recorded = (0,records/* recordedPrevious */.a4)(current.Description);
            if (mode.to === undefined && !recorded) {
                throw new errors/* NasmLambdaError */.pv(`alias ${alias} of ${name} records no previous version (it was not moved by this action, or its description was edited)`, {
                    input: 'rollback',
                    fix: 'set rollback-to to the version number to go back to',
                });
            }
            target = mode.to ?? recorded;
        }
        else {
            target = await promoteTarget(api, name, mode.from, alias);
        }
        const version = await readVersion(api, name, target);
        if (!version) {
            throw new errors/* NasmLambdaError */.pv(`version ${target} of ${name} no longer exists (deleted, for example by keep-versions), so alias ${alias} was not moved`, {
                input: mode.kind === 'rollback' ? (mode.to === undefined ? 'rollback' : 'rollback-to') : 'promote-from',
                fix: 'choose a version that exists (aws lambda list-versions-by-function) with rollback-to',
            });
        }
        const result = {
            functionName: name,
            functionArn: fn.FunctionArn?.split(':').slice(0, 7).join(':') ?? '',
            version: target,
            alias,
            aliasArn: current?.AliasArn,
            deployed: false,
            skippedUnchanged: false,
            created: false,
            dryRun: opts.dryRun,
            mode: mode.kind,
        };
        progress.deploy = result;
        const from = current?.FunctionVersion;
        const weighted = Object.keys(current?.RoutingConfig?.AdditionalVersionWeights ?? {}).length > 0;
        const verb = mode.kind === 'rollback' ? 'Roll back' : 'Promote';
        if (from === target && !weighted) {
            log.info(`Alias ${alias} already points at version ${target}; nothing to do`);
            return result;
        }
        if (opts.dryRun) {
            log.info(`Dry run: ${verb.toLowerCase()} would move alias ${alias} from ${from ?? '(new alias)'} to version ${target}${opts.remoteTest ? ', after a remote test (nothing invoked)' : ''}`);
            return result;
        }
        if (opts.remoteTest) {
            const tested = await testVersion(api, p, opts, target, version.Timeout);
            result.remoteTest = tested;
            if (!tested.ok)
                throw remoteTestError(tested, alias);
        }
        log.info(`${verb}: moving alias ${alias} from ${from ?? '(new alias)'} to version ${target}`);
        const moved = await ensureAlias(api, p, name, alias, target);
        result.aliasArn = moved.arn;
        if (moved.previous)
            result.previousVersion = moved.previous;
        return result;
    }
    catch (err) {
        throw explain(err);
    }
    finally {
        close();
    }
}
async function promoteTarget(api, fn, from, alias) {
    if (/^[0-9]+$/.test(from))
        return from;
    if (from === alias)
        throw (0,errors/* inputError */.Xu)('promote-from', `is the alias being moved (${alias})`, 'name another alias or a version number');
    const source = await readAlias(api, fn, from);
    if (!source)
        throw (0,errors/* inputError */.Xu)('promote-from', `alias ${from} of ${fn} does not exist`, 'name an existing alias, or a version number');
    const weights = source.RoutingConfig?.AdditionalVersionWeights ?? {};
    if (Object.keys(weights).length > 0) {
        const split = Object.entries(weights)
            .map(([v, w]) => `${Math.round(w * 100)}% to version ${v}`)
            .join(', ');
        throw (0,errors/* inputError */.Xu)('promote-from', `alias ${from} is weighted (${split}, the rest to ${source.FunctionVersion}), so it has no single version to promote`, 'finish or undo the canary first, or give the version number');
    }
    if (!source.FunctionVersion || !/^[0-9]+$/.test(source.FunctionVersion)) {
        throw (0,errors/* inputError */.Xu)('promote-from', `alias ${from} points at ${source.FunctionVersion ?? 'nothing'}, not a published version`, 'promote from an alias that points at a version');
    }
    return source.FunctionVersion;
}
async function readVersion(api, fn, version) {
    return api.find('GetFunctionConfiguration', (l) => l.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: fn, Qualifier: version })));
}

;// CONCATENATED MODULE: ./src/deploy/index.ts















async function deployFunction(opts, pkg, log, pacing = {}, 
/** Receives the result as it is built, so a failure part-way still shows what was done. */
progress) {
    checkUnqualified(opts.functionName);
    const zip = await readZip(pkg);
    const p = pacingWith(pacing);
    maskValues(log, Object.values(opts.settings?.environment?.set ?? {}));
    const { api, close, explain } = openApi(opts, log, p);
    try {
        return await deploy(api, p, opts, pkg.codeSha256, zip, progress ?? {});
    }
    catch (err) {
        throw explain(err);
    }
    finally {
        close();
    }
}
/**
 * The function's settings as they would be after this deploy's merge
 * (environment, memory, timeout), without writing anything; for a local
 * test-event that should see what Lambda will. A missing function merges onto
 * nothing.
 */
async function readMergedSettings(opts, log, pacing = {}) {
    checkUnqualified(opts.functionName);
    maskValues(log, Object.values(opts.settings?.environment?.set ?? {}));
    const { api, close, explain } = openApi(opts, log, pacingWith(pacing));
    try {
        const current = await readFunction(api, opts.functionName);
        maskValues(log, Object.values(current?.Environment?.Variables ?? {}));
        return mergeSettings(current, opts.settings ?? {}, opts.handler);
    }
    catch (err) {
        throw explain(err);
    }
    finally {
        close();
    }
}
async function deploy(api, p, opts, codeSha256, zip, progress) {
    const log = api.log;
    const name = opts.functionName;
    // --- read and check; nothing below this line writes until the plan is made
    const current = await readFunction(api, name);
    if (!current && !opts.role) {
        throw new errors/* NasmLambdaError */.pv(`function ${name} does not exist in ${opts.region}`, {
            input: 'function-name',
            fix: 'check the name and region, or set role to an execution role ARN so the action creates it',
        });
    }
    if (current)
        for (const w of checkFunction(current, name))
            log.annotate(w);
    maskValues(log, Object.values(current?.Environment?.Variables ?? {}));
    const plan = planDeploy(current, opts, codeSha256);
    const settings = hasSettings(opts.settings) ? opts.settings : undefined;
    const alias = opts.alias;
    const existingAlias = current && alias ? await readAlias(api, name, alias) : undefined;
    const existingUrl = current && opts.functionUrl && (!alias || existingAlias) ? await readFunctionUrl(api, name, alias) : undefined;
    // A dry run's whole point is the plan; a real run says each step as it takes it.
    const planned = describePlan(plan, opts);
    if (settings)
        planned.push(...mergeSettings(current, settings).changes.map((c) => `change the configuration: ${c}`));
    if (opts.remoteTest && plan.publish)
        planned.push('invoke the new version with test-event (remote-test) before moving any alias');
    if (opts.keepVersions !== undefined && plan.publish)
        planned.push(`delete unreferenced versions beyond the newest ${opts.keepVersions}`);
    for (const line of planned) {
        if (opts.dryRun)
            log.info(`Would ${line}`);
        else
            log.debug(`Will ${line}`);
    }
    const result = {
        functionName: name,
        functionArn: unqualified(current?.FunctionArn) ?? '',
        alias,
        deployed: false,
        skippedUnchanged: plan.skippedUnchanged,
        created: false,
        dryRun: opts.dryRun,
    };
    progress.deploy = result;
    if (opts.dryRun) {
        if (settings) {
            const changes = mergeSettings(current, settings).changes;
            result.configChanges = changes;
            log.info(changes.length ? `Dry run: would change the configuration: ${changes.join('; ')}` : 'Dry run: the configuration already matches');
        }
        if (opts.remoteTest && plan.publish)
            log.info('Dry run: would invoke the new version with test-event before moving the alias (nothing invoked)');
        if (current && opts.keepVersions !== undefined && plan.publish) {
            const newVersion = plan.updateCode || plan.handlerFrom !== undefined || Boolean(result.configChanges?.length);
            result.prunedVersions = await pruneVersions(api, name, opts.keepVersions, {
                dryRun: true,
                pending: newVersion ? 1 : 0,
                extra: existingAlias?.FunctionVersion ? [existingAlias.FunctionVersion] : [],
            });
        }
        return (progress.deploy = await dryRun(api, opts, plan, current, zip, result, existingAlias?.AliasArn, existingUrl?.FunctionUrl));
    }
    // --- write
    if (current && isBusy(current)) {
        log.info(`${name} has an update in progress; waiting for it first`);
        await waitUntilIdle(api, name, p, 'an update by someone else');
    }
    if (plan.create) {
        log.info(`Creating ${name}`);
        const created = await createFunction(api, p, { name, role: opts.role, handler: opts.handler, zip });
        if (created) {
            result.created = true;
            result.deployed = true;
            result.functionArn = unqualified(created.FunctionArn) ?? '';
        }
        else {
            // Lost a create race: deploy to the function the other run made, checked like any other.
            return deploy(api, p, { ...opts, role: undefined }, codeSha256, zip, progress);
        }
    }
    else {
        if (plan.updateCode) {
            log.info(`Uploading ${zip.length} bytes to ${name} (CodeSha256 ${codeSha256})`);
            const updated = await updateCode(api, p, name, zip, codeSha256, () => (result.deployed = true));
            result.deployed = true;
            result.functionArn = unqualified(updated.FunctionArn) ?? result.functionArn;
        }
        else {
            log.info(`${name} already runs this code (CodeSha256 ${codeSha256}); upload skipped`);
        }
        if (plan.handlerFrom !== undefined && !settings) {
            log.info(`Changing the handler of ${name} from "${plan.handlerFrom}" to "${opts.handler}"`);
            await updateHandler(api, p, name, opts.handler);
        }
    }
    // Handler and settings go in one UpdateFunctionConfiguration, read and merged first.
    if (settings)
        result.configChanges = await applySettings(api, p, name, opts.handler, settings);
    if (plan.publish) {
        const description = (0,records/* versionDescription */.RP)(opts.versionDescription, { sha: opts.commitSha, alias });
        const version = await publishVersion(api, p, name, codeSha256, description);
        result.version = version.Version;
        log.info(`Published version ${version.Version}`);
        if (opts.remoteTest) {
            const tested = await testVersion(api, p, opts, version.Version, version.Timeout);
            result.remoteTest = tested;
            if (!tested.ok)
                throw remoteTestError(tested, alias);
        }
    }
    if (alias) {
        const moved = await ensureAlias(api, p, name, alias, result.version);
        result.aliasArn = moved.arn;
        if (moved.previous)
            result.previousVersion = moved.previous;
    }
    if (opts.functionUrl) {
        result.functionUrl = await ensureFunctionUrl(api, p, name, alias, opts.functionUrlAuth);
        log.info(`Function URL: ${result.functionUrl}`);
    }
    if (plan.publish && opts.keepVersions !== undefined) {
        result.prunedVersions = await pruneVersions(api, name, opts.keepVersions, { dryRun: false });
    }
    return result;
}
/** The reads plus UpdateFunctionCode with DryRun (which Lambda validates but does not apply); no other call. */
async function dryRun(api, opts, plan, current, zip, result, aliasArn, functionUrl) {
    if (current && plan.updateCode) {
        const preview = await dryRunCode(api, opts.functionName, zip);
        api.log.info(`Dry run: Lambda accepted the code update (CodeSha256 ${preview.CodeSha256})`);
    }
    if (current && opts.functionUrl && opts.functionUrlAuth === 'NONE' && (!opts.alias || aliasArn)) {
        const present = await readStatementIds(api, opts.functionName, opts.alias);
        const sids = publicUrlStatementIds(opts.alias);
        const missing = [sids.url, sids.invoke].filter((s) => !present.includes(s));
        if (missing.length)
            api.log.info(`Dry run: would add permissions ${missing.join(', ')}`);
    }
    api.log.info('Dry run: nothing was changed');
    return { ...result, aliasArn, functionUrl };
}
/**
 * Cleanup for a closed pull request: the alias's function URL, the permissions
 * we added for it, then the alias, then the versions published for it (by
 * their description record) that no other alias references. An alias (or
 * function) already gone is not an error, just a notice; the version cleanup
 * still runs, so a rerun finishes what an interrupted one left.
 */
async function deleteAlias(opts, log, pacing = {}) {
    const alias = opts.alias;
    if (!alias) {
        throw (0,errors/* inputError */.Xu)('alias', 'delete-alias needs the alias to delete', 'set alias, e.g. pr-${{ github.event.number }}');
    }
    checkUnqualified(opts.functionName);
    const p = pacingWith(pacing);
    const { api, close, explain } = openApi(opts, log, p);
    const notice = (why) => log.annotate({ severity: 'notice', title: 'Nothing to delete', message: `alias ${alias} of ${opts.functionName} ${why}; nothing to delete` });
    try {
        const fn = await readFunction(api, opts.functionName);
        if (!fn) {
            notice(`is gone: the function does not exist in ${opts.region}`);
            return { deleted: false, deletedVersions: [] };
        }
        let deleted = false;
        if (opts.dryRun) {
            const exists = await readAlias(api, opts.functionName, alias);
            log.info(exists ? `Dry run: would delete alias ${alias}, its function URL and permissions` : `Dry run: alias ${alias} does not exist`);
        }
        else {
            deleted = await deleteAliasAndUrl(api, p, opts.functionName, alias);
            if (deleted)
                log.info(`Deleted alias ${alias} of ${opts.functionName}`);
            else
                notice('is already gone');
        }
        const [versions, aliases] = [await listVersions(api, opts.functionName), await listAliases(api, opts.functionName)];
        const mine = aliasVersions(versions, alias, referencedVersions(aliases, alias));
        if (mine.length === 0)
            return { deleted, deletedVersions: [] };
        if (opts.dryRun) {
            log.info(`Dry run: would delete version(s) ${mine.join(', ')}, published for ${alias}`);
            return { deleted, deletedVersions: mine };
        }
        const gone = [];
        for (const v of mine)
            if (await deleteVersion(api, opts.functionName, v))
                gone.push(v);
        if (gone.length)
            log.info(`Deleted version(s) ${gone.join(', ')}, published for ${alias}`);
        return { deleted, deletedVersions: gone };
    }
    catch (err) {
        throw explain(err);
    }
    finally {
        close();
    }
}
async function readZip(pkg) {
    let zip;
    try {
        zip = await (0,promises_.readFile)(pkg.zipPath);
    }
    catch (err) {
        throw new errors/* NasmLambdaError */.pv(`cannot read ${pkg.zipPath}: ${err.message}`, { fix: 'build the package before deploying', cause: err });
    }
    const actual = codeSha256Of(zip);
    if (actual !== pkg.codeSha256) {
        throw new errors/* NasmLambdaError */.pv(`${pkg.zipPath} changed after it was packed (CodeSha256 ${actual}, expected ${pkg.codeSha256})`, {
            fix: 'do not modify function.zip between packing and deploying',
        });
    }
    return zip;
}
function unqualified(arn) {
    // arn:aws:lambda:region:account:function:name[:qualifier]
    return arn?.split(':').slice(0, 7).join(':');
}


/***/ })

};
