import { stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from './errors.ts';

/**
 * Expands globs relative to `baseDir` into sorted absolute file paths.
 * A leading `!` excludes. Sorting makes the build independent of the order
 * the file system returns entries in.
 */
export async function expandGlobs(patterns: string[], baseDir: string, input: string): Promise<string[]> {
  const { create } = await import('@actions/glob');
  const absolute = patterns.map((p) => {
    const negate = p.startsWith('!');
    const body = negate ? p.slice(1) : p;
    if (path.isAbsolute(body)) {
      throw inputError(input, `${JSON.stringify(p)} is absolute`, `use a glob relative to working-directory (${baseDir})`);
    }
    return (negate ? '!' : '') + path.join(baseDir, body);
  });
  const globber = await create(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false, followSymbolicLinks: true });
  const files = await globber.glob();
  return [...new Set(files)].sort();
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
