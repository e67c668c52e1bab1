import type { Db } from '../store/db.ts';

/** What the members' use-cases need; tests pass a plain object. */
export interface MemberDeps {
  db: Db;
  clock?: () => Date;
}

export const now = (deps: MemberDeps): Date => (deps.clock ?? (() => new Date()))();
