import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MissingToolError, TOOL_PACKAGES, missingToolsLine, requireTools } from './preflight.ts';

const execFileAsync = promisify(execFile);

/** execFile, promisified; a missing tool the tests know fails with one line saying what to install. */
export const run = ((file: string, ...rest: unknown[]) => {
  const missing = file in TOOL_PACKAGES ? missingToolsLine([file]) : undefined;
  if (missing) return Promise.reject(new MissingToolError(missing));
  return (execFileAsync as (file: string, ...rest: unknown[]) => Promise<unknown>)(file, ...rest);
}) as typeof execFileAsync;

/** Assemble and statically link one NASM source with the real tools; returns the executable path. */
export async function buildAsm(source: string, opts: { dir?: string; name?: string; ldArgs?: string[] } = {}): Promise<string> {
  requireTools(['nasm', 'ld']);
  const dir = opts.dir ?? (await mkdtemp(path.join(tmpdir(), 'asm-')));
  const name = opts.name ?? 'prog';
  const asm = path.join(dir, `${name}.asm`);
  await writeFile(asm, source);
  await run('nasm', ['-f', 'elf64', '-o', path.join(dir, `${name}.o`), asm]);
  const exe = path.join(dir, name);
  await run('ld', ['-o', exe, ...(opts.ldArgs ?? []), path.join(dir, `${name}.o`)]);
  return exe;
}

export async function tempDir(prefix = 'nasm-lambda-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}
