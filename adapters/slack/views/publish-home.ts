import type { webApi } from '@slack/bolt';
import type { MemberRef } from '../../../src/domain/member.ts';
import type { Logger } from '../../../src/log.ts';
import { parseCron } from '../../../src/rounds/schedule/cron-schedule.ts';
import { nextFire } from '../../../src/rounds/schedule/cron-period.ts';
import { findCommunity } from '../../../src/store/community-repository.ts';
import type { Db } from '../../../src/store/db.ts';
import { findMember, getProfile } from '../../../src/store/member-repository.ts';
import { homeView } from './home-view.ts';

/** Renders and publishes one member's App Home tab from what the database holds now. */
export async function publishHome(
  client: webApi.WebClient,
  deps: { db: Db; clock: () => Date },
  ref: MemberRef,
  log: Logger,
): Promise<void> {
  const community = await findCommunity(deps.db, ref);
  const member = community ? await findMember(deps.db, community.id, ref.userId) : undefined;
  const profile = member ? await getProfile(deps.db, member.id) : undefined;
  const schedule = community ? parseCron(community.scheduleCron) : undefined;
  const timezone = community?.timezone ?? 'UTC';
  const nextRound =
    community?.status === 'active' && schedule?.ok
      ? nextFire(schedule.value, timezone, deps.clock())?.at
      : undefined;
  await client.views.publish({
    user_id: ref.userId,
    view: homeView({ member, profile, nextRound, timezone }),
  });
  log.debug({ status: member?.status ?? 'not_joined' }, 'slack: home published');
}
