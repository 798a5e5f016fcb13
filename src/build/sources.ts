import { glob, stat } from 'node:fs/promises';
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
