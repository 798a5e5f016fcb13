/** The validated options every stage works from. Built by options.ts from raw input strings. */

export type BootstrapMode =
  /** The native runtime (NASM), running the handler as a process per event. */
  | { kind: 'generated' }
  /** The native runtime linked with the user's objects: `handler` is called in-process. */
  | { kind: 'in-process' }
  /** The bash runtime, bootstrap.sh: the documented fallback. */
  | { kind: 'shell' }
  | { kind: 'none' }
  /** A user-supplied bootstrap file, absolute path. */
  | { kind: 'file'; path: string };

export interface BuildOptions {
  /** Absolute. Globs and relative paths are resolved against it. */
  workingDirectory: string;
  /** Absolute workspace root, for annotation paths (GITHUB_WORKSPACE or cwd). */
  workspace: string;
  sources: string[];
  /** Absolute directories passed to nasm as -I. */
  includePaths: string[];
  nasmArgs: string[];
  ldArgs: string[];
  entry: string;
  strip: boolean;
  /** Relative path of the executable inside the zip, e.g. `bin/app`. */
  handler: string;
  bootstrap: BootstrapMode;
  /** Globs of extra files for the zip, relative to workingDirectory. */
  files: string[];
  /** Absolute. */
  outputDir: string;
  installTools: boolean;
}

export interface ArtifactOptions {
  name: string;
  retentionDays?: number;
}

export type FunctionUrlAuth = 'AWS_IAM' | 'NONE';

export interface DeployOptions {
  /** Name or ARN. */
  functionName: string;
  region: string;
  /** Lambda endpoint override; when unset the SDK still honours AWS_ENDPOINT_URL_LAMBDA. */
  endpointUrl?: string;
  publish: boolean;
  versionDescription?: string;
  /** Already sanitised (see alias.ts). Setting it implies publish. */
  alias?: string;
  functionUrl: boolean;
  functionUrlAuth: FunctionUrlAuth;
  /** Execution role ARN used only to create a missing function. */
  role?: string;
  skipUnchanged: boolean;
  dryRun: boolean;
  /** Path of the executable in the zip; the function's Handler setting. */
  handler: string;
  // ---- release safety and bounds (parsed in options/deploy.ts) ----
  /** deploy-timeout in seconds: bounds every call, retry and wait of the run (default 900). */
  deployTimeoutSeconds?: number;
  /** The commit recorded in version descriptions (GITHUB_SHA; only its first 7 characters are used). */
  commitSha?: string;
  /** remote-test: invoke the new version (or the release target) with this event before any alias moves. */
  remoteTest?: { event: string };
  /** expect-response, for the remote test (the local one reads Options.expectResponse). */
  expectResponse?: string;
  /** Build-free modes: move `alias` back (rollback) or to what another alias points at (promote). */
  mode?: { kind: 'rollback'; to?: string } | { kind: 'promote'; from: string };
  /** keep-versions: after publishing, delete unreferenced versions beyond the newest N. */
  keepVersions?: number;
  /** environment, memory-size, timeout: merged into the function's configuration. */
  settings?: DeploySettings;
}

export interface DeploySettings {
  /** Variables to set, and names to remove (`!KEY`); every other variable is kept. */
  environment?: { set: Record<string, string>; remove: string[] };
  memorySize?: number;
  timeout?: number;
}

/** The local smoke test's inputs. */
export interface LocalTestOptions {
  /** test-event: JSON text. */
  event?: string;
  /** test-event-file: absolute path, read (and checked like test-event) by the pipeline. */
  eventFile?: string;
  /** test-timeout; else the function's Timeout, else Lambda's default of 3 s. */
  timeoutMs?: number;
  /** test-environment: on top of the function's variables. */
  environment?: { set: Record<string, string>; remove: string[] };
}

export interface Options {
  build: BuildOptions;
  artifact?: ArtifactOptions;
  /** JSON text of the local smoke-test event (test-event, or test-event-file once the pipeline has read it). */
  testEvent?: string;
  localTest: LocalTestOptions;
  /** expect-response: what test-event must produce (JSON values compared as JSON, else byte for byte). */
  expectResponse?: string;
  deploy?: DeployOptions;
  /** Cleanup mode: delete `deploy.alias` (and its URL and permissions); no build. */
  deleteAlias: boolean;
}
