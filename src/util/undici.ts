/**
 * What the action's bundle gets for `import … from 'undici'`: tsconfig.json's
 * `paths` sends the name here, and only ncc honours that (Node, the tests and
 * the CLI's bundle, which has no importer of undici, see the real package).
 *
 * @actions/core imports its OIDC client, which imports @actions/http-client,
 * which imports undici's ProxyAgent: 930 KB, two thirds of the bundle, that
 * every run parsed and evaluated at start-up (about 40 ms) and no build uses.
 * Here undici is a chunk of its own, loaded by loadUndici().
 *
 * The importers in the bundle, and what they take:
 * - @actions/http-client: ProxyAgent, in getAgentDispatcher(), which the action
 *   never calls (core's OIDC client and the artifact upload go through Node's
 *   agents and tunnel);
 * - @actions/github (pulled in by @actions/artifact) and its own http-client:
 *   fetch and ProxyAgent, for the artifact client's REST calls.
 * fetch loads undici itself. http-client constructs a ProxyAgent only when a
 * proxy is configured, and synchronously: so the artifact upload, the one
 * path that can get there, calls loadUndiciIfProxied() first. A ProxyAgent
 * constructed before undici is loaded is a bug in this action, and says so.
 */
import type * as Undici from 'undici/index.js';

let real: typeof Undici | undefined;

/** Loads the real undici; after this the stand-ins below are undici's own. */
export async function loadUndici(): Promise<void> {
  real ??= await import('undici/index.js');
}

/** Loads undici when a proxy is configured: http-client's getAgentDispatcher() only constructs a ProxyAgent then. */
export async function loadUndiciIfProxied(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY) await loadUndici();
}

function loaded(what: string): typeof Undici {
  if (!real) throw new Error(`nasm-lambda: undici's ${what} was used before loadUndici() (report this bug)`);
  return real;
}

/** undici's ProxyAgent: `new ProxyAgent(opts)` returns the real one. */
export const ProxyAgent = function ProxyAgent(...args: ConstructorParameters<typeof Undici.ProxyAgent>) {
  return new (loaded('ProxyAgent').ProxyAgent)(...args);
} as unknown as typeof Undici.ProxyAgent;

/** undici's fetch, loading undici on first use. */
export const fetch: typeof Undici.fetch = async (...args) => {
  await loadUndici();
  return loaded('fetch').fetch(...args);
};
