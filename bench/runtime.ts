/**
 * Warm invocations per second through the built-in Runtime API with the echo
 * handler: the generated bootstrap against the seed's, measured in one run
 * with the two interleaved so that changes in the machine's load hit both.
 * Uses the product's own startRuntime, RuntimeApiServer and zip code.
 */
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAsm } from '../__tests__/helpers/asm.ts';
import { generateBootstrap } from '../src/runtime/bootstrap.ts';
import { startRuntime, type RuntimeSession } from '../src/local/invoke.ts';
import { buildZip, extractZip } from '../src/package/zip.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../__tests__/fixtures/runtime');

export interface RuntimeBench {
  generatedPerSec: number;
  seedPerSec: number;
  ratio: number;
}

/** `seconds` of invoking per bootstrap (default 5), in slices that alternate between the two. */
export async function benchRuntime(opts: { seconds?: number } = {}): Promise<RuntimeBench> {
  const seconds = opts.seconds ?? 5;
  const work = await mkdtemp(path.join(tmpdir(), 'nasm-lambda-bench-runtime-'));
  const sessions: RuntimeSession[] = [];
  try {
    const echo = await readFile(await buildAsm(await readFile(path.join(fixtures, 'echo.asm'), 'utf8'), { dir: work, name: 'echo' }));

    const generatedRoot = path.join(work, 'generated/task');
    const zip = buildZip(
      [
        { name: 'bootstrap', data: Buffer.from(generateBootstrap({ handler: 'bin/app' })), executable: true },
        { name: 'bin/app', data: echo, executable: true },
      ],
      { mtime: new Date(0) },
    );
    await extractZip(zip, generatedRoot);

    // The seed's bootstrap as it was packed: the script next to the same handler.
    const seedRoot = path.join(work, 'seed/task');
    await mkdir(path.join(seedRoot, 'bin'), { recursive: true });
    await copyFile(path.join(fixtures, 'seed-bootstrap.sh'), path.join(seedRoot, 'bootstrap'));
    await copyFile(path.join(generatedRoot, 'bin/app'), path.join(seedRoot, 'bin/app'));
    await chmod(path.join(seedRoot, 'bootstrap'), 0o755);

    const start = async (taskRoot: string): Promise<RuntimeSession> => {
      // Each gets its own TMPDIR: the seed leaves a file there per invocation.
      const tmp = path.join(path.dirname(taskRoot), 'tmp');
      await mkdir(tmp);
      const s = await startRuntime({ taskRoot, env: { TMPDIR: tmp } });
      sessions.push(s);
      return s;
    };
    const generated = await start(generatedRoot);
    const seed = await start(seedRoot);

    let n = 0;
    const invokeOnce = async (s: RuntimeSession, name: string): Promise<void> => {
      // No trailing newline: the seed would lose it, and this measures speed, not that bug.
      const event = `{"n":${n++},"pad":"${'p'.repeat(64)}"}`;
      const r = await s.invoke(event);
      if (!r.ok) throw new Error(`${name} bootstrap failed: ${r.errorType}: ${r.errorMessage}\n${s.logs()}`);
      if (r.response !== event) throw new Error(`${name} bootstrap answered ${JSON.stringify(r.response)} to ${JSON.stringify(event)}`);
    };
    const slice = async (s: RuntimeSession, name: string, ms: number): Promise<{ count: number; ms: number }> => {
      const t0 = performance.now();
      let count = 0;
      while (performance.now() - t0 < ms) {
        await invokeOnce(s, name);
        count++;
      }
      return { count, ms: performance.now() - t0 };
    };

    for (let i = 0; i < 5; i++) {
      await invokeOnce(generated, 'generated');
      await invokeOnce(seed, 'seed');
    }
    const sliceMs = 500;
    const totals = { generated: { count: 0, ms: 0 }, seed: { count: 0, ms: 0 } };
    for (let i = 0; i < Math.max(1, Math.round((seconds * 1000) / sliceMs)); i++) {
      // Alternate which goes first, so neither always follows the other's slice.
      const order = i % 2 === 0 ? (['generated', 'seed'] as const) : (['seed', 'generated'] as const);
      for (const name of order) {
        const r = await slice(name === 'generated' ? generated : seed, name, sliceMs);
        totals[name].count += r.count;
        totals[name].ms += r.ms;
      }
    }
    const generatedPerSec = (totals.generated.count * 1000) / totals.generated.ms;
    const seedPerSec = (totals.seed.count * 1000) / totals.seed.ms;
    return { generatedPerSec, seedPerSec, ratio: generatedPerSec / seedPerSec };
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const seconds = Number(process.argv[2] ?? 5);
  const r = await benchRuntime({ seconds });
  console.log(`Warm invocations per second, echo handler, built-in Runtime API (${seconds} s each, interleaved)`);
  console.log(`  generated bootstrap  ${r.generatedPerSec.toFixed(1)} /s`);
  console.log(`  seed bootstrap       ${r.seedPerSec.toFixed(1)} /s`);
  console.log(`  ratio                ${r.ratio.toFixed(2)}x   (target >= 2x)`);
}
