import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { MemberRef } from '../domain/member.ts';
import type { CommunityRef } from '../domain/community.ts';
import type { Queryable } from '../store/db.ts';
import { parseRows } from '../store/rows.ts';

/**
 * One-way names for people and communities, used where Kindred must remember something
 * about someone without naming them: blocks against them and the deletion ledger. `hash`
 * is an HMAC under a secret key, so someone who reads the database cannot confirm a
 * guessed id was forgotten or blocked. `legacy` is the plain SHA-256 written before keys,
 * kept only so old rows still match (see README, "Members' data").
 */
export interface SubjectHasher {
  hash(ref: MemberRef): string;
  legacy(ref: MemberRef): string;
  community(ref: CommunityRef): string;
}

const KEY_NAME = 'subject_hash_key';
let configuredKey: Buffer | undefined;

/** The key derived from KINDRED_SECRET_KEY, never the secret itself. */
const deriveKey = (secret: string): Buffer =>
  createHmac('sha256', secret).update('kindred subject hash v1').digest();
const fingerprint = (key: Buffer): string => createHmac('sha256', key).update('fingerprint').digest('hex');

/**
 * Uses a key derived from `KINDRED_SECRET_KEY` for subject hashes (called once at start).
 * Without it, the first start generates a random key and keeps it in the `secrets` table.
 * Whichever the first start chose sticks: hashes made under one key cannot be re-keyed.
 */
export function useSecretKeyForSubjects(secret: string | undefined): void {
  configuredKey = secret ? deriveKey(secret) : undefined;
}

const memberText = (ref: MemberRef) => `${ref.platform}\u0000${ref.externalId}\u0000${ref.userId}`;
const communityText = (ref: CommunityRef) => `${ref.platform}\u0000${ref.externalId}`;

/** The hasher under this database's subject key, creating the key on first use. */
export async function subjectHasher(q: Queryable): Promise<SubjectHasher> {
  const key = await subjectKey(q);
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('hex');
  return {
    hash: (ref) => mac(memberText(ref)),
    legacy: (ref) => createHash('sha256').update(memberText(ref)).digest('hex'),
    community: (ref) => mac(communityText(ref)),
  };
}

const rowSchema = z.object({ value: z.string() });

async function subjectKey(q: Queryable): Promise<Buffer> {
  const read = async () =>
    parseRows(
      rowSchema,
      (await q.query('SELECT value FROM secrets WHERE name = $1', [KEY_NAME])).rows,
      'secret',
    )[0]?.value;
  let stored = await read();
  if (stored === undefined) {
    const value = configuredKey
      ? `env:${fingerprint(configuredKey)}`
      : `random:${randomBytes(32).toString('hex')}`;
    await q.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      KEY_NAME,
      value,
    ]);
    stored = (await read()) ?? value;
  }
  if (stored.startsWith('random:')) return Buffer.from(stored.slice('random:'.length), 'hex');
  if (configuredKey && stored === `env:${fingerprint(configuredKey)}`) return configuredKey;
  throw new Error(
    configuredKey
      ? 'KINDRED_SECRET_KEY differs from the one this database was started with: set the original value back (blocks and the deletion ledger are keyed by it).'
      : 'This database keys blocks and the deletion ledger with KINDRED_SECRET_KEY, which is not set: set it as before.',
  );
}
