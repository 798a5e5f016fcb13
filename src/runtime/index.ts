/**
 * Picks the runtime that goes into the zip as `bootstrap`, and builds it with the
 * user's own toolchain: the native runtime (process per event, or linked with the
 * user's objects), the bash one, the user's file, or the executable itself.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LinkResult } from '../build/link.ts';
import type { PackageInput } from '../package/index.ts';
import type { BootstrapMode } from '../types.ts';
import { generateBootstrap } from './bootstrap.ts';
import { assembleNativeRuntime, buildNativeRuntime, lambdaIncludeDir } from './native.ts';

/** How a person reads the choice in logs, the summary and `nasm-lambda invoke`. */
export function describeRuntime(mode: BootstrapMode): string {
  switch (mode.kind) {
    case 'generated':
      return 'generated: the native runtime, a process per event';
    case 'in-process':
      return 'in-process: the native runtime calling handler in-process';
    case 'shell':
      return 'shell: the bash runtime';
    case 'none':
      return 'none: the executable is the bootstrap';
    case 'file':
      return `your bootstrap file (${path.basename(mode.path)})`;
  }
}

/** In-process, the runtime owns _start and the user's objects are linked with it. */
export function linksWithRuntime(mode: BootstrapMode): boolean {
  return mode.kind === 'in-process';
}

/** Extra nasm include folders a mode needs: in-process sources `%include "lambda.inc"` without include-paths. */
export function runtimeIncludePaths(mode: BootstrapMode): string[] {
  return mode.kind === 'in-process' ? [lambdaIncludeDir()] : [];
}

export interface RuntimeBuildContext {
  nasm: string;
  ld: string;
  /** The run's output folder; the runtime's objects go in a folder of their own there. */
  outputDir: string;
  handler: string;
}

/**
 * What packaging takes as the bootstrap, for every mode but the native process
 * runtime (`native`), which is built beside the user's code. Pure.
 */
export function plannedBootstrap(mode: BootstrapMode, handler: string): PackageInput['bootstrap'] | { kind: 'native' } {
  switch (mode.kind) {
    case 'generated':
      return { kind: 'native' };
    case 'shell':
      return { kind: 'text', text: generateBootstrap({ handler }) };
    // In-process, the linked executable is the bootstrap: see linkInProcess.
    case 'in-process':
    case 'none':
      return { kind: 'none' };
    case 'file':
      return mode;
  }
}

/** Assembles and links the native process-per-event runtime, with the packed handler baked in; returns its path and bytes. */
export async function buildProcessRuntime(ctx: RuntimeBuildContext): Promise<{ path: string; bytes: Buffer }> {
  const workDir = path.join(ctx.outputDir, 'runtime');
  await mkdir(workDir, { recursive: true });
  const output = path.join(workDir, 'bootstrap');
  const { bytes } = await buildNativeRuntime({ nasm: ctx.nasm, ld: ctx.ld, workDir, mode: 'process', packedHandler: ctx.handler, output });
  return { path: output, bytes: bytes! };
}

/** Assembles the in-process runtime, which needs nothing of the user's, so that it can start before their code is assembled; returns the object. */
export function assembleInProcessRuntime(ctx: Pick<RuntimeBuildContext, 'nasm' | 'outputDir'>): Promise<string> {
  return assembleNativeRuntime({ nasm: ctx.nasm, workDir: path.join(ctx.outputDir, 'runtime'), mode: 'in-process' });
}

/** Links the user's objects with the native runtime (`runtimeObject`, from assembleInProcessRuntime) into the one executable that is the bootstrap. */
export async function linkInProcess(
  ctx: Omit<RuntimeBuildContext, 'handler'> & { objects: string[]; strip: boolean; ldArgs: string[]; runtimeObject: Promise<string> },
): Promise<LinkResult> {
  const workDir = path.join(ctx.outputDir, 'runtime');
  const output = path.join(ctx.outputDir, 'bootstrap');
  const { ldVersion } = await buildNativeRuntime({
    nasm: ctx.nasm,
    ld: ctx.ld,
    workDir,
    mode: 'in-process',
    userObjects: ctx.objects,
    output,
    strip: ctx.strip,
    ldArgs: ctx.ldArgs,
    object: ctx.runtimeObject,
  });
  return { executable: output, size: (await stat(output)).size, ...(ldVersion ? { version: ldVersion } : {}) };
}
