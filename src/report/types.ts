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
  package?: PackageResult;
  invoke?: InvokeResult;
  artifact?: { uploaded: true; id: number; size: number } | { uploaded: false; reason: string };
  deploy?: DeployResult;
  deletedAlias?: { alias: string; deleted: boolean };
}
