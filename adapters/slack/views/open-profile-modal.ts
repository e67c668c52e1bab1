import type { webApi } from '@slack/bolt';
import type { MemberRef } from '../../../src/domain/member.ts';
import { popularInterests } from '../../../src/members/popular-interests.ts';
import { requireMember } from '../../../src/members/require-member.ts';
import type { Db } from '../../../src/store/db.ts';
import { getProfile } from '../../../src/store/member-repository.ts';
import { profileModalView } from './profile-modal-view.ts';

/**
 * Opens the profile form for a member who has joined, prefilled from their profile, with
 * the community's popular interests as suggestions. A trigger_id is good for one modal
 * within 3 s of the click or command, so this runs before anything slow.
 */
export async function openProfileModal(
  client: webApi.WebClient,
  db: Db,
  ref: MemberRef,
  triggerId: string,
): Promise<boolean> {
  const found = await requireMember(db, ref);
  if (!found.ok) return false;
  const { community, member } = found.value;
  const [profile, popular] = await Promise.all([
    getProfile(db, member.id),
    popularInterests(db, community.id),
  ]);
  const slackTimezone = profile?.timezone ? undefined : await timezoneOf(client, ref.userId);
  await client.views.open({
    trigger_id: triggerId,
    view: profileModalView({ member, profile, popular, slackTimezone }),
  });
  return true;
}

/** The user's timezone as Slack knows it; absent for deactivated users or on failure. */
async function timezoneOf(client: webApi.WebClient, userId: string): Promise<string | undefined> {
  try {
    return (await client.users.info({ user: userId })).user?.tz;
  } catch {
    return undefined;
  }
}
