/**
 * Finds the runtime sources shipped beside the code: src/runtime/ when run from
 * source, dist/runtime/ from the action's bundle, and the same folder from the
 * CLI's bundle one level down (dist/cli/).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const CANDIDATES = [here, path.join(here, 'runtime'), path.join(here, '..', 'runtime')];

let found: string | undefined;

/** The folder that holds bootstrap.sh, lambda.inc and native/. */
export function runtimeDir(): string {
  found ??= CANDIDATES.find((dir) => existsSync(path.join(dir, 'bootstrap.sh')));
  if (!found) throw new Error(`the runtime sources are missing (looked in ${CANDIDATES.join(', ')}): reinstall nasm-lambda-action`);
  return found;
}

export function runtimeFile(...parts: string[]): string {
  return path.join(runtimeDir(), ...parts);
}
