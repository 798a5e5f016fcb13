/**
 * The tools the tests run for real. A test that needs one that is missing
 * fails (it does not skip: a green run must mean the code was tested) with one
 * line that says what to install, instead of a spawn ENOENT stack trace.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The Debian/Ubuntu package of each tool the tests spawn. */
export const TOOL_PACKAGES: Record<string, string> = {
  nasm: 'nasm',
  ld: 'binutils',
  readelf: 'binutils',
  nm: 'binutils',
  objdump: 'binutils',
  bash: 'bash',
  curl: 'curl',
  zip: 'zip',
  unzip: 'unzip',
  zipinfo: 'unzip',
  shellcheck: 'shellcheck',
  openssl: 'openssl',
};

/**
 * An error that prints as one line, `[nasm not found: ...]`: node:test shows an
 * error's stack, and this one's is its message. It keeps the name Error: the
 * runner copies a custom name into the report as an extra property.
 */
export class MissingToolError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}

function onPath(name: string, envPath: string): boolean {
  return envPath.split(path.delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The one line for the missing ones among `tools`, or undefined when all are there. */
export function missingToolsLine(tools: string[], envPath = process.env.PATH ?? ''): string | undefined {
  const missing = tools.filter((t) => !onPath(t, envPath));
  if (missing.length === 0) return undefined;
  // nasm always comes with binutils: the tests that assemble also link.
  const pkgs = [...new Set(missing.flatMap((t) => (t === 'nasm' ? ['nasm', 'binutils'] : [TOOL_PACKAGES[t] ?? t])))];
  return `${missing.join(', ')} not found: sudo apt-get install -y ${pkgs.join(' ')}`;
}

/** Throws a one-line MissingToolError when any of `tools` is not on PATH. */
export function requireTools(tools: string[], envPath = process.env.PATH ?? ''): void {
  const line = missingToolsLine(tools, envPath);
  if (line) throw new MissingToolError(line);
}
