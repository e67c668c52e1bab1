import { afterEach, describe, expect, it } from 'vitest';
import { subjectHasher, useSecretKeyForSubjects } from '../../src/members/subject-hash.ts';
import { createTestDb, DRIVERS } from '../support/test-db.ts';

const ref = { platform: 'slack' as const, externalId: 'T1', userId: 'U1' };

describe.each(DRIVERS)('subject hashes on %s', (driver) => {
  afterEach(() => useSecretKeyForSubjects(undefined));

  it('GIVEN no KINDRED_SECRET_KEY THEN a random key is generated once, kept in the database, and differs per database', async () => {
    const one = await createTestDb(driver);
    const two = await createTestDb(driver);
    try {
      const first = (await subjectHasher(one.db)).hash(ref);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect((await subjectHasher(one.db)).hash(ref)).toBe(first);
      expect((await subjectHasher(two.db)).hash(ref)).not.toBe(first);
      expect(first).not.toBe((await subjectHasher(one.db)).legacy(ref));
      const { rows } = await one.db.query<{ value: string }>('SELECT value FROM secrets');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.value).toMatch(/^random:[0-9a-f]{64}$/);
    } finally {
      await one.drop();
      await two.drop();
    }
  }, 90_000);

  it('GIVEN KINDRED_SECRET_KEY THEN hashes derive from it, the database holds only a fingerprint, and another value is refused', async () => {
    const { db, drop } = await createTestDb(driver);
    try {
      useSecretKeyForSubjects('a-long-secret-key-for-tests-0001');
      const keyed = (await subjectHasher(db)).hash(ref);
      const { rows } = await db.query<{ value: string }>('SELECT value FROM secrets');
      expect(rows[0]!.value).toMatch(/^env:[0-9a-f]{64}$/);
      expect(rows[0]!.value).not.toContain('a-long-secret');

      useSecretKeyForSubjects('a-different-secret-key-00000002');
      await expect(subjectHasher(db)).rejects.toThrow(/KINDRED_SECRET_KEY differs/);
      useSecretKeyForSubjects(undefined);
      await expect(subjectHasher(db)).rejects.toThrow(/KINDRED_SECRET_KEY, which is not set/);
      useSecretKeyForSubjects('a-long-secret-key-for-tests-0001');
      expect((await subjectHasher(db)).hash(ref)).toBe(keyed);
    } finally {
      await drop();
    }
  });

  it('names communities apart from members, under the same key', async () => {
    const { db, drop } = await createTestDb(driver);
    try {
      const hasher = await subjectHasher(db);
      expect(hasher.community({ platform: 'slack', externalId: 'T1' })).toMatch(/^[0-9a-f]{64}$/);
      expect(hasher.community({ platform: 'slack', externalId: 'T1' })).not.toBe(hasher.hash(ref));
    } finally {
      await drop();
    }
  });
});
