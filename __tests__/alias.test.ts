import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NasmLambdaError } from '../src/errors.ts';
import { ALIAS_MAX_LENGTH, sanitizeAlias } from '../src/options/alias.ts';

// Lambda's own alias rule, as documented for CreateAlias.
const LAMBDA_ALIAS = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;

function aliasError(fn: () => unknown): NasmLambdaError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof NasmLambdaError, `expected NasmLambdaError, got ${String(err)}`);
    assert.equal(err.input, 'alias');
    assert.ok(err.fix, 'the error carries a fix');
    assert.doesNotMatch(err.message, /\n/);
    return err;
  }
  assert.fail('expected an error');
}

describe('sanitizeAlias', () => {
  it('keeps a valid name as it is', () => {
    assert.deepEqual(sanitizeAlias('pr-7'), { name: 'pr-7', changed: false });
    assert.deepEqual(sanitizeAlias('Release_2024-x'), { name: 'Release_2024-x', changed: false });
  });

  it('maps every other character to -', () => {
    assert.deepEqual(sanitizeAlias('v1.2.3'), { name: 'v1-2-3', changed: true });
    assert.deepEqual(sanitizeAlias('feature/login page'), { name: 'feature-login-page', changed: true });
    assert.deepEqual(sanitizeAlias('ünï'), { name: '-n-', changed: true });
    assert.equal(sanitizeAlias('a:b@c+d').name, 'a-b-c-d');
  });

  it('rejects an empty name', () => {
    aliasError(() => sanitizeAlias(''));
    aliasError(() => sanitizeAlias('   '));
  });

  it('rejects an all-digit name, which Lambda would read as a version', () => {
    const err = aliasError(() => sanitizeAlias('42'));
    assert.match(err.message, /pr-42/);
    // Digits plus a mapped character are fine: the dash makes it a name.
    assert.equal(sanitizeAlias('4.2').name, '4-2');
  });

  it('accepts 128 characters and rejects 129', () => {
    assert.equal(sanitizeAlias('a'.repeat(ALIAS_MAX_LENGTH)).name.length, 128);
    const err = aliasError(() => sanitizeAlias('a'.repeat(ALIAS_MAX_LENGTH + 1)));
    assert.match(err.message, /129 characters/);
  });

  it('refuses $LATEST instead of turning it into -LATEST', () => {
    for (const raw of ['$LATEST', ' $latest ']) {
      const err = aliasError(() => sanitizeAlias(raw));
      assert.match(err.message, /^Input 'alias': "\$(LATEST|latest)" is not an alias name: \$LATEST is the function's unpublished version/);
      assert.match(err.message, /leave alias empty/);
    }
    // A name that merely contains it is still mapped as before.
    assert.equal(sanitizeAlias('pre$LATEST').name, 'pre-LATEST');
  });

  it('always yields a name Lambda accepts, or throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 140, unit: 'binary' }), (raw) => {
        let name: string;
        try {
          name = sanitizeAlias(raw).name;
        } catch (err) {
          assert.ok(err instanceof NasmLambdaError);
          return;
        }
        assert.match(name, LAMBDA_ALIAS);
        assert.ok(name.length <= 128);
      }),
    );
  });

  it('is idempotent and reports changes truthfully', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (raw) => {
        let first: { name: string; changed: boolean };
        try {
          first = sanitizeAlias(raw);
        } catch {
          return;
        }
        assert.deepEqual(sanitizeAlias(first.name), { name: first.name, changed: false });
        assert.equal(first.changed, first.name !== raw);
      }),
    );
  });
});
