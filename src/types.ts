/** The validated options every stage works from. Built by options.ts from raw input strings. */

export type BootstrapMode =
  | { kind: 'generated' }
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
}

export interface Options {
  build: BuildOptions;
  artifact?: ArtifactOptions;
  /** JSON text of the local smoke-test event. */
  testEvent?: string;
  deploy?: DeployOptions;
  /** Cleanup mode: delete `deploy.alias` (and its URL and permissions); no build. */
  deleteAlias: boolean;
}
