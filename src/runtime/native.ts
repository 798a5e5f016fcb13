/**
 * The native runtime: a Lambda custom runtime written in NASM (src/runtime/native/),
 * assembled and linked here with the user's own nasm and ld into one static
 * executable, the function's `bootstrap`.
 *
 * - `process` (bootstrap: generated): runs the handler executable once per
 *   event, as bootstrap.sh does, with the packed handler's path baked in.
 * - `in-process`: the user's objects are linked into the runtime, which calls
 *   their `handler` once per event (see lambda.inc for the ABI).
 *
 * The build is reproducible: the same sources, inputs and tools give the same bytes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NasmLambdaError } from '../errors.ts';
import { withoutSectionHeaders } from '../build/elf.ts';
import { checkHandlerPath } from '../options/rules.ts';
import { runProcess } from '../util/proc.ts';
import { runtimeDir, runtimeFile } from './assets.ts';

export type NativeMode = 'process' | 'in-process';

export interface NativeRuntimeInput {
  /** Path of nasm. */
  nasm: string;
  /** Path of ld. */
  ld: string;
  /** Scratch folder for the runtime's objects (exists). */
  workDir: string;
  mode: NativeMode;
  /** Process mode: the packed handler path, e.g. 'bin/app': relative, [A-Za-z0-9._/-]+, no '..'. */
  packedHandler?: string;
  /** In-process mode: the user's .o files, linked with the runtime into one executable. */
  userObjects?: string[];
  /** Where to write the linked static executable. */
  output: string;
  /** In-process mode: strip symbols (the `strip` input). The process-mode runtime is always stripped: its symbols help no one. */
  strip?: boolean;
  /** In-process mode: the user's ld-args, placed before the objects. */
  ldArgs?: string[];
}

/**
 * Each mode's runtime is ONE nasm compile unit, which %includes the parts
 * (common, http, json, answer, and the mode's own): one nasm run per build.
 */
const MODE_UNIT: Record<NativeMode, string> = {
  process: 'process',
  'in-process': 'inprocess',
};

const TOOL_FIX = 'the native runtime needs nasm 2.15 or later and GNU ld for x86-64 (Debian/Ubuntu: apt-get install nasm binutils)';

/** The runtime's compile units for a mode (one: it %includes the rest; the process mode's nasm also pre-includes its generated packed-handler file with -P). */
export function nativeSourceNames(mode: NativeMode): string[] {
  return [MODE_UNIT[mode]];
}

/** Folder holding lambda.inc, to pass to the user's nasm as -I so `%include "lambda.inc"` works without include-paths. */
export function lambdaIncludeDir(): string {
  return runtimeDir();
}

/**
 * Assembles the runtime for `mode` (one nasm run) into workDir; returns the
 * object. The in-process build starts this before the user's code is
 * assembled, and hands the promise to buildNativeRuntime as `object`.
 */
export async function assembleNativeRuntime(input: Pick<NativeRuntimeInput, 'nasm' | 'workDir' | 'mode' | 'packedHandler'>): Promise<string> {
  const { mode } = input;
  if (mode !== 'process' && mode !== 'in-process') {
    throw new NasmLambdaError(`unknown native runtime mode '${String(mode)}'`, { fix: "use 'process' or 'in-process'" });
  }
  const srcDir = runtimeFile('native');
  await mkdir(input.workDir, { recursive: true });
  let packedSource: string | undefined;
  if (mode === 'process') {
    const handler = input.packedHandler;
    // options/ enforces the rule for `handler`; re-checked because the value becomes data in the runtime.
    checkHandlerPath(handler ?? '');
    packedSource = path.join(input.workDir, 'native-packed.asm');
    await writeFile(packedSource, packedHandlerSource(handler!));
  }
  const unit = MODE_UNIT[mode];
  return assemble(input, path.join(srcDir, `${unit}.asm`), path.join(input.workDir, `native-${unit}.o`), srcDir, packedSource);
}

/** What a native build gives besides its file. */
export interface NativeRuntimeBuild {
  /** The process-mode runtime's final bytes (the build reads them to cut its section headers). */
  bytes?: Buffer;
  /** The first line ld printed for -v, e.g. `GNU ld (GNU Binutils) 2.42`. */
  ldVersion?: string;
}

/** Assembles the runtime for `mode` (unless `object` is given) and links it (with the user's objects in in-process mode) into `output`. */
export async function buildNativeRuntime(input: NativeRuntimeInput & { object?: Promise<string> }): Promise<NativeRuntimeBuild> {
  const userObjects = input.mode === 'in-process' ? (input.userObjects ?? []) : [];
  if (input.mode === 'in-process' && userObjects.length === 0) {
    throw new NasmLambdaError("the in-process runtime needs the handler's objects and got none", {
      input: 'sources',
      fix: 'list the .asm files that define `handler` (with %include "lambda.inc")',
    });
  }
  const object = await (input.object ?? assembleNativeRuntime(input));
  const ldVersion = await link(input, [object, ...userObjects]);
  const version = ldVersion ? { ldVersion } : {};
  return input.mode === 'process' ? { bytes: await dropSectionHeaders(input.output), ...version } : version;
}

/** The process-mode runtime is stripped: its section headers serve no one (see withoutSectionHeaders). Returns the final bytes. */
async function dropSectionHeaders(file: string): Promise<Buffer> {
  const elf = await readFile(file);
  const out = withoutSectionHeaders(elf);
  if (out !== elf) await writeFile(file, out);
  return out;
}

/** A tiny generated source holding the packed handler's bytes (no NASM string, no quoting), pre-included into process.asm with nasm -P. */
export function packedHandlerSource(handler: string): string {
  const bytes = [...Buffer.from(handler, 'utf8')];
  return [
    '; Generated by nasm-lambda: the packed handler path of the process-mode runtime.',
    'section .rodata',
    `packed_handler: db ${[...bytes, 0].join(',')}`,
    `packed_handler_len equ ${bytes.length}`,
    '',
  ].join('\n');
}

async function assemble(input: Pick<NativeRuntimeInput, 'nasm'>, source: string, object: string, srcDir: string, preInclude?: string): Promise<string> {
  // nasm records the source's name as given in the object's symbols: run it in the source's
  // folder with a bare name, so that the bytes don't depend on where things live. No -g.
  const args = [
    '-f',
    'elf64',
    '-I',
    srcDir.endsWith(path.sep) ? srcDir : srcDir + path.sep,
    ...(preInclude ? ['-P', path.resolve(preInclude)] : []),
    '-o',
    path.resolve(object),
    path.basename(source),
  ];
  let r;
  try {
    r = await runProcess(toolPath(input.nasm), args, { cwd: path.dirname(source), ignoreStdout: true });
  } catch (e) {
    throw new NasmLambdaError(`cannot run ${input.nasm} to assemble the native runtime: ${(e as Error).message}`, { fix: TOOL_FIX, cause: e });
  }
  if (r.code !== 0) {
    throw new NasmLambdaError(`${path.basename(input.nasm)} failed on the native runtime's ${path.basename(source)}: ${firstLines(r.stderr)}`, {
      fix: TOOL_FIX,
    });
  }
  return object;
}

/** Links; returns the version line ld printed for -v (the summary's, with no probe of its own), or undefined. */
async function link(input: NativeRuntimeInput, objects: string[]): Promise<string | undefined> {
  await mkdir(path.dirname(input.output), { recursive: true });
  // Static, no libc, no build id (it would differ with nothing else), no executable stack.
  // noseparate-code: the ELF headers, .text and .rodata share one R-E segment (code and
  // data stay in separate segments, nothing is RWX), which saves two segments' page padding.
  const strip = input.mode === 'process' || input.strip === true;
  const args = [
    '-v',
    ...(strip ? ['-s'] : []),
    '-static',
    '-nostdlib',
    '--build-id=none',
    '-z',
    'noexecstack',
    '-z',
    'noseparate-code',
    '-e',
    '_start',
    '-o',
    path.resolve(input.output),
    ...(input.mode === 'in-process' ? (input.ldArgs ?? []) : []),
    ...objects.map((o) => path.resolve(o)),
  ];
  let r;
  try {
    r = await runProcess(toolPath(input.ld), args, { cwd: input.workDir });
  } catch (e) {
    throw new NasmLambdaError(`cannot run ${input.ld} to link the native runtime: ${(e as Error).message}`, { fix: TOOL_FIX, cause: e });
  }
  if (r.code === 0 && !/warning: cannot find entry symbol/.test(r.stderr)) return r.stdout.trim().split('\n')[0] || undefined;
  const stderr = r.stderr;
  if (input.mode === 'in-process' && /undefined reference to `handler'/.test(stderr)) {
    throw new NasmLambdaError('link failed: no object defines `handler`, which the in-process runtime calls', {
      input: 'sources',
      fix: 'define `handler:` in one source and %include "lambda.inc" there (it declares `global handler`)',
    });
  }
  if (input.mode === 'in-process' && /multiple definition of `_start'/.test(stderr)) {
    throw new NasmLambdaError('link failed: a source defines `_start`, which the in-process runtime owns', {
      input: 'sources',
      fix: 'remove `_start` (and `global _start`): the runtime calls `handler` once per event',
    });
  }
  if (input.mode === 'in-process' && /multiple definition of `/.test(stderr)) {
    throw new NasmLambdaError(`link failed: ${firstLines(stderr)}`, {
      input: 'sources',
      fix: 'a global symbol of yours has the name of one of the runtime’s; rename it (the runtime’s names are in lambda.inc and src/runtime/native/runtime.inc)',
    });
  }
  throw new NasmLambdaError(`${path.basename(input.ld)} failed to link the native runtime: ${firstLines(stderr) || `exit status ${r.code}`}`, {
    fix: input.mode === 'in-process' ? 'check the undefined references the message names against lambda.inc' : TOOL_FIX,
  });
}

/** A tool given as a relative path keeps meaning the same file when run in another folder. */
function toolPath(file: string): string {
  return file.includes('/') ? path.resolve(file) : file;
}

function firstLines(s: string, n = 3): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n)
    .join('; ');
}
