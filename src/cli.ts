#!/usr/bin/env node
/**
 * The command-line front door's entry: `nasm-lambda build|invoke|deploy [dir] [--flag value ...]`.
 *
 * It checks the Node.js version and nothing else, and only then loads the CLI
 * (src/cli/main.ts): static imports are evaluated before any code of the module
 * that imports them, so the check must live in a module that imports nothing.
 * In the ncc bundle the dynamic import becomes a chunk that is loaded after the
 * check. Keep this file to syntax and APIs an old Node.js can run.
 */

/**
 * fs.glob is stable (no ExperimentalWarning) from Node.js 22.17; package.json's
 * engines says the same. Exported, which also makes this file a module (for
 * the top-level await) that imports nothing.
 */
export const MINIMUM = [22, 17, 0];

function tooOld(version: string): boolean {
  const have = version.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < MINIMUM.length; i++) {
    if ((have[i] ?? 0) !== MINIMUM[i]) return (have[i] ?? 0) < MINIMUM[i];
  }
  return false;
}

if (tooOld(process.versions.node)) {
  process.stderr.write(
    `nasm-lambda: needs Node.js ${MINIMUM.slice(0, 2).join('.')} or later, and this is Node.js ${process.versions.node}: install a newer Node.js\n`,
  );
  process.exit(1);
}
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
