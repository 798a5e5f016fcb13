import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, runAction } from './helpers/action-runner.ts';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.ts';
import { run } from './helpers/asm.ts';

let service: ArtifactService;
const cleanup: string[] = [];
before(async () => {
  service = await startArtifactService();
});
after(async () => {
  await service.close();
  await Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true })));
});

describe('the bundled action uploads the artifact', () => {
  it('through the real @actions/artifact client, with the same function.zip inside', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'ws-art-'));
    cleanup.push(ws);
    await cp(path.join(repoRoot, '__tests__/fixtures/projects/hello'), ws, { recursive: true });
    const r = await runAction({
      workspace: ws,
      inputs: { 'artifact-name': 'hello-fn', 'retention-days': '5' },
      env: service.runnerEnv({ runId: 'run-e2e', jobId: 'job-e2e' }),
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const stored = service.find('hello-fn', 'run-e2e');
    assert.ok(stored?.content, 'artifact stored');
    assert.equal(r.outputs['artifact-id'], String(stored.id));
    assert.ok(stored.expiresAt, 'retention reached CreateArtifact');
    const days = (Date.parse(stored.expiresAt) - Date.now()) / 86_400_000;
    assert.ok(days > 4.9 && days <= 5.01, `expires in ${days} days`);
    // The artifact is a zip holding function.zip, byte-identical to the one built.
    const archive = path.join(ws, 'artifact.zip');
    await writeFile(archive, stored.content);
    assert.equal((await run('unzip', ['-Z1', archive])).stdout, 'function.zip\n');
    const inner = (await run('unzip', ['-p', archive, 'function.zip'], { encoding: 'buffer', maxBuffer: 1 << 26 })).stdout;
    assert.deepEqual(inner, await readFile(r.outputs['zip-path']));
    assert.match(r.summary, new RegExp(`\\| Artifact \\| id ${stored.id}, `));
  });

  it('behind a proxy, loads undici (left out of start-up) for the client and still uploads', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'ws-art-'));
    cleanup.push(ws);
    await cp(path.join(repoRoot, '__tests__/fixtures/projects/hello'), ws, { recursive: true });
    // Nothing listens on the proxy: the local service is exempt, so only the loading is tested.
    const proxy = 'http://127.0.0.1:9';
    const r = await runAction({
      workspace: ws,
      inputs: { 'artifact-name': 'proxied' },
      env: {
        ...service.runnerEnv({ runId: 'run-proxy' }),
        https_proxy: proxy,
        http_proxy: proxy,
        no_proxy: '127.0.0.1,localhost',
        NO_PROXY: '127.0.0.1,localhost',
      },
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(service.find('proxied', 'run-proxy')?.content, 'artifact stored');
  });

  it('fails clearly when the name is already taken in this run', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'ws-art-'));
    cleanup.push(ws);
    await cp(path.join(repoRoot, '__tests__/fixtures/projects/hello'), ws, { recursive: true });
    const env = service.runnerEnv({ runId: 'run-dup', jobId: 'job-1' });
    const first = await runAction({ workspace: ws, inputs: { 'artifact-name': 'dup' }, env });
    assert.equal(first.code, 0, first.stdout);
    const second = await runAction({ workspace: ws, inputs: { 'artifact-name': 'dup' }, env: service.runnerEnv({ runId: 'run-dup', jobId: 'job-2' }) });
    assert.equal(second.code, 1);
    assert.ok(
      second.annotations.some((a) => a.level === 'error' && /^Input 'artifact-name': .*already exists/.test(a.message)),
      second.stdout,
    );
  });
});
