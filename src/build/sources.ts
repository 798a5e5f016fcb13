import { glob, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../errors.ts';

/**
 * Expands globs relative to `baseDir` into sorted absolute file paths. A leading
 * `!` excludes, and excluding a folder excludes what is under it. Sorting makes
 * the build independent of the order the file system returns entries in.
 *
 * Node's own fs.glob rather than @actions/glob: the latter logs `::debug::`
 * lines on stdout, which would corrupt `nasm-lambda invoke`'s output.
 */
export async function expandGlobs(patterns: string[], baseDir: string, input: string): Promise<string[]> {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const p of patterns) {
    const negate = p.startsWith('!');
    const body = (negate ? p.slice(1) : p).replace(/^(\.\/)+/, '');
    if (path.isAbsolute(body)) {
      throw inputError(input, `${JSON.stringify(p)} is absolute`, `use a glob relative to working-directory (${baseDir})`);
    }
    if (body === '') continue;
    (negate ? exclude : include).push(body.replace(/\/+$/, ''));
  }
  const excluded = (rel: string): boolean => exclude.some((x) => path.matchesGlob(rel, x) || path.matchesGlob(rel, `${x}/**`));
  const found = new Set<string>();
  if (include.length === 0) return [];
  for await (const rel of glob(include, { cwd: baseDir })) {
    if (excluded(rel)) continue;
    const abs = path.resolve(baseDir, rel);
    // Globs may match folders; only files (or links to files) are sources.
    if ((await stat(abs).catch(() => undefined))?.isFile()) found.add(abs);
  }
  return [...found].sort();
}

export async function ensureDirectory(dir: string, input: string): Promise<void> {
  let isDir = false;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw inputError(input, `${dir} is not a directory`, 'point it at a folder that exists in the checkout (did actions/checkout run?)');
}

/** Said of files that look written for GNU as. */
export const GNU_AS_HINT =
  'look written for GNU as (AT&T syntax, .globl); nasm takes Intel syntax: port them to NASM (global, section .text, mov rax, 1), or assemble them with as in an earlier step';

/** GNU as source: AT&T `%`-registers, or GNU directives such as `.globl` (nasm spells them `global`, `section`). */
export function looksLikeGnuAs(text: string): boolean {
  return (
    /%(?:[re]?(?:ax|bx|cx|dx|si|di|sp|bp)|r(?:[89]|1[0-5])[dwb]?|[abcd][lh]|[xyz]mm\d+|rip)\b/.test(text) ||
    /^\s*\.(?:globl|global|section|text|data|bss|intel_syntax|att_syntax|type|size|ascii|asciz|quad|long)\b/m.test(text)
  );
}

export interface NearbySources {
  /** `.asm`/`.nasm` files under the folder, relative to it (at most `limit`). */
  asm: string[];
  /** `.s`/`.S` files that look written for GNU as. */
  gnuAs: string[];
}

/**
 * Assembly files under `baseDir` that the globs did not match, for the error
 * that says no source matches: the user most likely put them elsewhere.
 */
export async function findNearbySources(baseDir: string, skip: (abs: string) => boolean, limit = 5): Promise<NearbySources> {
  const out: NearbySources = { asm: [], gnuAs: [] };
  const ignored = (rel: string) => /(^|\/)(node_modules|\.git)(\/|$)/.test(rel);
  for await (const rel of glob(['**/*.asm', '**/*.nasm', '**/*.ASM', '**/*.s', '**/*.S'], { cwd: baseDir, exclude: ignored })) {
    const abs = path.resolve(baseDir, rel);
    if (skip(abs) || !(await stat(abs).catch(() => undefined))?.isFile()) continue;
    const posix = rel.split(path.sep).join('/');
    if (/\.s$/i.test(rel)) {
      if (out.gnuAs.length < limit && looksLikeGnuAs((await readFile(abs, 'utf8').catch(() => '')).slice(0, 64 * 1024))) out.gnuAs.push(posix);
    } else if (out.asm.length < limit) out.asm.push(posix);
    if (out.asm.length >= limit && out.gnuAs.length >= limit) break;
  }
  out.asm.sort();
  out.gnuAs.sort();
  return out;
}

/** A `sources` glob that matches `files` (relative, posix). */
export function globFor(files: string[]): string {
  const dirs = [...new Set(files.map((f) => path.posix.dirname(f)))];
  if (dirs.length === 1) return dirs[0] === '.' ? '*.asm' : `${dirs[0]}/*.asm`;
  const tops = [...new Set(files.map((f) => (f.includes('/') ? f.split('/')[0] : '.')))];
  return tops.length === 1 && tops[0] !== '.' ? `${tops[0]}/**/*.asm` : '**/*.asm';
}
