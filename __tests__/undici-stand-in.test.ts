/**
 * src/util/undici.ts stands in for undici in the action's bundle (tsconfig.json's
 * paths, honoured by ncc only): imported here directly, it must behave as undici
 * once loaded, and refuse a synchronous use before.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import * as real from 'undici/index.js';
import { fetch, loadUndiciIfProxied, ProxyAgent } from '../src/util/undici.ts';

describe('the undici stand-in', () => {
  it('refuses a ProxyAgent before undici is loaded, then hands out the real one', async () => {
    assert.throws(() => new ProxyAgent('http://127.0.0.1:9'), /ProxyAgent was used before loadUndici\(\)/);
    await loadUndiciIfProxied({});
    assert.throws(() => new ProxyAgent('http://127.0.0.1:9'), /before loadUndici/, 'no proxy configured: nothing loaded');
    await loadUndiciIfProxied({ HTTPS_PROXY: 'http://127.0.0.1:9' });
    const agent = new ProxyAgent('http://127.0.0.1:9');
    assert.ok(agent instanceof real.ProxyAgent);
    await agent.close();
  });

  it('fetch loads undici itself and answers as undici does', async () => {
    const server = createServer((_req, res) => res.end('pong'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      assert.equal(await res.text(), 'pong');
    } finally {
      server.close();
    }
  });
});
