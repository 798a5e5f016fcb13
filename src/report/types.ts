import type { ElfFacts } from '../build/elf.ts';
import type { ToolVersions } from '../build/toolchain.ts';
import type { DeployResult } from '../deploy/index.ts';
import type { InvokeResult } from '../local/invoke.ts';
import type { PackageResult } from '../package/index.ts';

/** The test-response output holds at most this many characters. */
export const TEST_RESPONSE_OUTPUT_MAX = 64 * 1024;

/** What each stage found, filled in as the pipeline goes so a failure still reports what got done. */
export interface PipelineReport {
  versions?: ToolVersions;
  /** Workspace-relative source paths. */
  sources?: string[];
  executable?: string;
  executableSize?: number;
  elf?: ElfFacts;
  /** Which runtime is the bootstrap, as describeRuntime says it. */
  runtime?: string;
  package?: PackageResult;
  invoke?: InvokeResult;
  artifact?: { uploaded: true; id: number; size: number } | { uploaded: false; reason: string };
  deploy?: DeployResult;
  /** versions: those published for the alias and deleted with it. */
  deletedAlias?: { alias: string; deleted: boolean; versions?: string[] };
}
