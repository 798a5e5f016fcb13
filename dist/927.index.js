export const id = 927;
export const ids = [927];
export const modules = {

/***/ 37927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deleteAlias: () => (/* binding */ deleteAlias),
  deployFunction: () => (/* binding */ deployFunction)
});

// UNUSED EXPORTS: DEFAULT_PACING

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(34672);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/options/rules.ts
var rules = __webpack_require__(41112);
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
 */
function createLambdaClient(opts, pacing) {
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
    return new dist_cjs/* LambdaClient */.Nox({
        region: opts.region,
        ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
        retryMode: 'standard',
        maxAttempts: pacing.sdkMaxAttempts,
        requestHandler: { connectionTimeout: 10_000, requestTimeout: pacing.requestTimeoutMs },
    });
}
/** Sends calls, logs their request ids, and wraps failures in LambdaCallError. */
class LambdaApi {
    client;
    log;
    constructor(client, log) {
        this.client = client;
        this.log = log;
    }
    async call(operation, send) {
        let out;
        try {
            out = await send(this.client);
        }
        catch (err) {
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
    requestTimeoutMs: 5 * 60_000,
};
function pacingWith(overrides = {}) {
    return { ...DEFAULT_PACING, ...overrides };
}
/** The delay before poll or retry number `n` (0-based). */
function delayFor(p, n) {
    return Math.min(p.maxDelayMs, Math.round(p.firstDelayMs * p.factor ** n));
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
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
    for (let n = 0;; n++) {
        const c = await api.call('GetFunctionConfiguration', (l) => l.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: functionName })));
        if (done(c))
            return c;
        const waited = Date.now() - started;
        if (waited >= pacing.timeoutMs) {
            throw new errors/* NasmLambdaError */.pv(`${functionName} still reports State ${c.State}, LastUpdateStatus ${c.LastUpdateStatus} ${Math.round(waited / 1000)} s after ${what}`, { fix: 'check the function in the Lambda console; if another deployment is running, ' + CONCURRENCY_FIX });
        }
        api.log.debug(`${functionName}: State ${c.State}, LastUpdateStatus ${c.LastUpdateStatus}; polling again`);
        await sleep(Math.min(delayFor(pacing, n), Math.max(0, pacing.timeoutMs - waited)));
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
            await sleep(delayFor(pacing, attempt - 1));
            await waitUntilIdle(api, functionName, pacing, `a conflict on ${what}`);
        }
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
/** Creates the alias or moves it to `version`; returns its ARN. */
async function ensureAlias(api, pacing, fn, alias, version) {
    return withConflictRetry(api, fn, pacing, `alias ${alias}`, async () => {
        const current = await readAlias(api, fn, alias);
        if (!current) {
            api.log.info(`Creating alias ${alias} → version ${version}`);
            const created = await api.call('CreateAlias', (l) => l.send(new dist_cjs/* CreateAliasCommand */.W_e({ FunctionName: fn, Name: alias, FunctionVersion: version })));
            return created.AliasArn ?? '';
        }
        const weights = current.RoutingConfig?.AdditionalVersionWeights ?? {};
        const weighted = Object.keys(weights).length > 0;
        if (current.FunctionVersion === version && !weighted) {
            api.log.info(`Alias ${alias} already points at version ${version}`);
            return current.AliasArn ?? '';
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
            ...(weighted ? { RoutingConfig: { AdditionalVersionWeights: {} } } : {}),
        })));
        return moved.AliasArn ?? '';
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
            await sleep(delay);
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
async function updateCode(api, pacing, name, zip, codeSha256) {
    const out = await withConflictRetry(api, name, pacing, 'UpdateFunctionCode', () => api.call('UpdateFunctionCode', (l) => l.send(new dist_cjs/* UpdateFunctionCodeCommand */.KfB({ FunctionName: name, ZipFile: zip, Architectures: ['x86_64'] }))));
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

;// CONCATENATED MODULE: ./src/deploy/index.ts










async function deployFunction(opts, pkg, log, pacing = {}, 
/** Receives the result as it is built, so a failure part-way still shows what was done. */
progress) {
    checkUnqualified(opts.functionName);
    const zip = await readZip(pkg);
    const p = pacingWith(pacing);
    const api = new LambdaApi(createLambdaClient(opts, p), log);
    try {
        return await deploy(api, p, opts, pkg.codeSha256, zip, progress ?? {});
    }
    catch (err) {
        throw explainFailure(err, { functionName: opts.functionName, endpointUrl: opts.endpointUrl });
    }
    finally {
        api.destroy();
    }
}
async function deploy(api, p, opts, codeSha256, zip, progress) {
    const log = api.log;
    const name = opts.functionName;
    // --- read and check; nothing below this line writes until the plan is made
    let current = await readFunction(api, name);
    if (!current && !opts.role) {
        throw new errors/* NasmLambdaError */.pv(`function ${name} does not exist in ${opts.region}`, {
            input: 'function-name',
            fix: 'check the name and region, or set role to an execution role ARN so the action creates it',
        });
    }
    if (current)
        for (const w of checkFunction(current, name))
            log.annotate(w);
    const plan = planDeploy(current, opts, codeSha256);
    const alias = opts.alias;
    const existingAlias = current && alias ? await readAlias(api, name, alias) : undefined;
    const existingUrl = current && opts.functionUrl && (!alias || existingAlias) ? await readFunctionUrl(api, name, alias) : undefined;
    // A dry run's whole point is the plan; a real run says each step as it takes it.
    for (const line of describePlan(plan, opts)) {
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
    if (opts.dryRun)
        return (progress.deploy = await dryRun(api, opts, plan, current, zip, result, existingAlias?.AliasArn, existingUrl?.FunctionUrl));
    // --- write
    if (current && isBusy(current)) {
        log.info(`${name} has an update in progress; waiting for it first`);
        current = await waitUntilIdle(api, name, p, 'an update by someone else');
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
            const updated = await updateCode(api, p, name, zip, codeSha256);
            result.deployed = true;
            result.functionArn = unqualified(updated.FunctionArn) ?? result.functionArn;
        }
        else {
            log.info(`${name} already runs this code (CodeSha256 ${codeSha256}); upload skipped`);
        }
        if (plan.handlerFrom !== undefined) {
            log.info(`Changing the handler of ${name} from "${plan.handlerFrom}" to "${opts.handler}"`);
            await updateHandler(api, p, name, opts.handler);
        }
    }
    if (plan.publish) {
        const version = await publishVersion(api, p, name, codeSha256, opts.versionDescription);
        result.version = version.Version;
        log.info(`Published version ${version.Version}`);
    }
    if (alias)
        result.aliasArn = await ensureAlias(api, p, name, alias, result.version);
    if (opts.functionUrl) {
        result.functionUrl = await ensureFunctionUrl(api, p, name, alias, opts.functionUrlAuth);
        log.info(`Function URL: ${result.functionUrl}`);
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
 * we added for it, then the alias. An alias (or function) already gone is not
 * an error, just a notice.
 */
async function deleteAlias(opts, log, pacing = {}) {
    const alias = opts.alias;
    if (!alias) {
        throw (0,errors/* inputError */.Xu)('alias', 'delete-alias needs the alias to delete', 'set alias, e.g. pr-${{ github.event.number }}');
    }
    checkUnqualified(opts.functionName);
    const p = pacingWith(pacing);
    const api = new LambdaApi(createLambdaClient(opts, p), log);
    const gone = (why) => {
        log.annotate({ severity: 'notice', title: 'Nothing to delete', message: `alias ${alias} of ${opts.functionName} ${why}; nothing to delete` });
        return { deleted: false };
    };
    try {
        const fn = await readFunction(api, opts.functionName);
        if (!fn)
            return gone(`is gone: the function does not exist in ${opts.region}`);
        if (opts.dryRun) {
            const exists = await readAlias(api, opts.functionName, alias);
            log.info(exists ? `Dry run: would delete alias ${alias}, its function URL and permissions` : `Dry run: alias ${alias} does not exist`);
            return { deleted: false };
        }
        const deleted = await deleteAliasAndUrl(api, p, opts.functionName, alias);
        if (!deleted)
            return gone('is already gone');
        log.info(`Deleted alias ${alias} of ${opts.functionName}`);
        return { deleted: true };
    }
    catch (err) {
        throw explainFailure(err, { functionName: opts.functionName, endpointUrl: opts.endpointUrl });
    }
    finally {
        api.destroy();
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
