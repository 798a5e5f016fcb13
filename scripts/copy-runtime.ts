// Ships the runtime sources (bootstrap.sh, lambda.inc, native/*.asm) beside the bundles:
// dist/runtime/ serves both dist/index.js and dist/cli/index.js (see src/runtime/assets.ts).
import { cpSync, rmSync } from 'node:fs';

const from = 'src/runtime';
const to = 'dist/runtime';
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.ts') });
