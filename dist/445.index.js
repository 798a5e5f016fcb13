export const id = 445;
export const ids = [445];
export const modules = {

/***/ 12445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   translateUploadError: () => (/* binding */ translateUploadError),
/* harmony export */   uploadFunctionZip: () => (/* binding */ uploadFunctionZip)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _options_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41829);




/**
 * The variables @actions/artifact reads from process.env on every call (none at
 * module load). When the caller passes its own `env`, these are lent to
 * process.env for the duration of the upload, since the client reads nothing else.
 */
const CLIENT_ENV_KEYS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_RETENTION_DAYS',
    'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
    'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
];
const UNIQUE_NAME_FIX = 'give each job its own artifact-name, e.g. `lambda-function-${{ matrix.x }}`';
/**
 * Uploads function.zip as a workflow artifact. Without an artifact service (not on
 * an Actions runner, or in a `run:` step) it returns `{uploaded: false}` without
 * loading @actions/artifact, so build-only runs stay light.
 */
async function uploadFunctionZip(opts, log) {
    const env = opts.env ?? process.env;
    if (!env.ACTIONS_RUNTIME_TOKEN) {
        return { uploaded: false, reason: 'no artifact service: ACTIONS_RUNTIME_TOKEN is not set (not running as an action step)' };
    }
    if (!env.ACTIONS_RESULTS_URL) {
        return { uploaded: false, reason: 'no artifact service: ACTIONS_RESULTS_URL is not set (not running as an action step)' };
    }
    const retentionDays = checkRetention(opts.retentionDays, env, log);
    await checkZip(opts.zipPath);
    log.info(`Uploading ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(opts.zipPath)} as workflow artifact '${opts.name}'`);
    const response = await withClientEnv(opts.env, async () => {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 20584));
        try {
            return await new DefaultArtifactClient().uploadArtifact(opts.name, [opts.zipPath], node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(opts.zipPath), {
                retentionDays,
            });
        }
        catch (err) {
            throw translateUploadError(err, opts.name);
        }
    });
    if (response.id === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`artifact '${opts.name}' was uploaded but the service returned no artifact id`, {
            fix: 'rerun the job; if it keeps failing, check https://www.githubstatus.com',
        });
    }
    const size = response.size ?? 0;
    log.info(`Uploaded artifact '${opts.name}': id ${response.id}, ${size} bytes` + (response.digest ? `, sha256:${response.digest}` : ''));
    return { uploaded: true, id: response.id, size, digest: response.digest };
}
/** Validates retention and applies the repository's cap ourselves, so the log says why. */
function checkRetention(days, env, log) {
    if ((0,_options_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRetentionDays */ .Ex)(days) === undefined || days === undefined)
        return undefined;
    const cap = Number.parseInt(env.GITHUB_RETENTION_DAYS ?? '', 10);
    if (Number.isInteger(cap) && cap > 0 && days > cap) {
        log.info(`retention-days ${days} exceeds this repository's maximum of ${cap} days; keeping the artifact ${cap} days`);
        return cap;
    }
    return days;
}
async function checkZip(zipPath) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(zipPath).catch(() => undefined);
    if (!info?.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`cannot upload ${zipPath}: no such file`, {
            fix: 'package the function before uploading it (this is a bug if the build step succeeded)',
        });
    }
}
async function withClientEnv(env, fn) {
    if (env === undefined || env === process.env)
        return fn();
    const saved = CLIENT_ENV_KEYS.map((key) => [key, process.env[key]]);
    for (const key of CLIENT_ENV_KEYS)
        setEnv(key, env[key]);
    try {
        return await fn();
    }
    finally {
        for (const [key, value] of saved)
            setEnv(key, value);
    }
}
function setEnv(key, value) {
    if (value === undefined)
        delete process.env[key];
    else
        process.env[key] = value;
}
/**
 * Maps what @actions/artifact 6 throws onto one-line errors with a fix. The client
 * wraps twirp failures as `Failed to <Method>: Received non-retryable error:
 * Failed request: (<status>) <statusText>: <msg>`; its own classes are told apart
 * by `name` because they come from a lazily loaded module.
 */
function translateUploadError(err, name) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv)
        return err;
    const e = err instanceof Error ? err : new Error(String(err));
    const message = e.message.split('\n')[0].trim();
    const cause = { cause: err };
    if (/artifact name is not valid|artifact name input during validation is empty/i.test(e.message)) {
        const bad = /Contains the following character:\s*(.+)$/m.exec(e.message)?.[1]?.trim();
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(bad ? `'${name}' contains a forbidden character (${bad})` : 'the artifact name is empty', {
            input: 'artifact-name',
            fix: 'use a name without " : < > | * ? \\ / or line breaks, e.g. lambda-function',
            ...cause,
        });
    }
    if (e.name === 'GHESNotSupportedError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv('workflow artifacts (v4 service) are not available on GitHub Enterprise Server', {
            input: 'artifact-name',
            fix: "set artifact-name: '' to skip the upload on GHES",
            ...cause,
        });
    }
    if (/^Failed to CreateArtifact:/.test(message) && /\(409\)|already exists/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`an artifact named '${name}' already exists in this workflow run`, {
            input: 'artifact-name',
            fix: UNIQUE_NAME_FIX,
            ...cause,
        });
    }
    if (e.name === 'UsageError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv('the artifact storage quota of this account is used up', {
            fix: 'delete old artifacts or lower retention-days, or set artifact-name empty to skip the upload',
            ...cause,
        });
    }
    if (e.name === 'NetworkError') {
        const code = e.code ?? 'network error';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`cannot reach the artifact service (${code})`, {
            fix: 'a self-hosted runner needs access to the GitHub Actions results and blob storage endpoints; rerun the job',
            ...cause,
        });
    }
    if (/JWT token is invalid|Invalid token specified|ACTIONS_RUNTIME_TOKEN/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`ACTIONS_RUNTIME_TOKEN is not a usable runtime token (${message})`, {
            fix: 'let the runner provide ACTIONS_RUNTIME_TOKEN; do not set it yourself',
            ...cause,
        });
    }
    const rpc = /^Failed to (\w+): (.*)$/.exec(message);
    if (rpc) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`the artifact service rejected ${rpc[1]}: ${rpc[2]}`, {
            fix: 'rerun the job; if it keeps failing, check https://www.githubstatus.com',
            ...cause,
        });
    }
    if (e.name === 'RestError' || /stalled/i.test(message)) {
        const status = e.statusCode;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`uploading the artifact content to blob storage failed${status ? ` (HTTP ${status})` : ''}: ${message}`, {
            fix: 'rerun the job; if it keeps failing, check https://www.githubstatus.com',
            ...cause,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NasmLambdaError */ .pv(`artifact upload failed: ${message}`, {
        fix: 'rerun the job; if it keeps failing, check https://www.githubstatus.com',
        ...cause,
    });
}


/***/ })

};
