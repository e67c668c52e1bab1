import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { Db } from '../../store/db.ts';
import type { RoundPreview } from '../../rounds/preview-round.ts';
import type { PlatformLookup } from '../../rounds/round-deps.ts';

/** Computes the groups the next round would make, writing nothing. */
export type PreviewRound = (communityId: number) => Promise<RoundPreview>;

/** What the dashboard needs; `Runtime` has all of it, tests pass plain objects. */
export interface DashboardDeps {
  db: Db;
  config: Pick<Config, 'adminToken'>;
  log: Logger;
  clock: () => Date;
  /** The chat platforms, so the preview leaves out people who left the workspace. */
  platforms?: PlatformLookup;
  /** Defaults to the rounds use-case on `db`. */
  previewRound?: PreviewRound;
  /** Largest import accepted, in bytes (5 MB unless given). */
  maxUploadBytes?: number;
}
