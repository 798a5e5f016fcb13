/**
 * The machine-readable records the action leaves in Lambda, so later runs
 * (rollback, cleanup, pruning) know what an earlier run did. Pure functions.
 *
 * Version Description:  `<version-description> [nasm-lambda sha=abc1234 alias=pr-12]`
 *   sha   first 7 characters of GITHUB_SHA (left out when unknown)
 *   alias the alias the version was published for (left out without one)
 * Alias Description:    `[nasm-lambda previous=3]`, the version the alias
 *   pointed at before the action last moved it (any text of yours before the
 *   record is kept).
 *
 * A record is always the last thing in the description, in square brackets,
 * `key=value` pairs separated by single spaces; values never hold spaces or `]`.
 */

/** Lambda's limit on version and alias descriptions. */
export const DESCRIPTION_MAX = 256;

const RECORD = /(?:^|\s)\[nasm-lambda((?: [a-z]+=[^\s\]]+)*)\]$/;

function record(fields: Record<string, string | undefined>): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}=${v}`);
  return `[nasm-lambda${parts.join('')}]`;
}

function parse(description: string | undefined): Record<string, string> | undefined {
  const m = RECORD.exec(description ?? '');
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const pair of m[1].trim().split(' ').filter(Boolean)) {
    const at = pair.indexOf('=');
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** The description text without our record. */
function withoutRecord(description: string | undefined): string {
  return (description ?? '').replace(RECORD, '').trimEnd();
}

export function versionRecord(f: { sha?: string; alias?: string }): string {
  return record({ sha: f.sha?.slice(0, 7), alias: f.alias });
}

/** How many characters of version-description fit beside the record. */
export function versionDescriptionRoom(f: { sha?: string; alias?: string }): number {
  return DESCRIPTION_MAX - versionRecord(f).length - 1;
}

export function versionDescription(userText: string | undefined, f: { sha?: string; alias?: string }): string {
  const rec = versionRecord(f);
  return userText ? `${userText} ${rec}` : rec;
}

export function parseVersionRecord(description: string | undefined): { sha?: string; alias?: string } | undefined {
  const r = parse(description);
  return r && { sha: r.sha, alias: r.alias };
}

/** The alias Description after a move from `previous`: the user's text, then our record. */
export function aliasDescription(existing: string | undefined, previous: string): string {
  const rec = record({ previous });
  const text = withoutRecord(existing).slice(0, DESCRIPTION_MAX - rec.length - 1);
  return text ? `${text} ${rec}` : rec;
}

/** The version an alias pointed at before the action last moved it. */
export function recordedPrevious(description: string | undefined): string | undefined {
  const v = parse(description)?.previous;
  return v && /^[0-9]+$/.test(v) ? v : undefined;
}
