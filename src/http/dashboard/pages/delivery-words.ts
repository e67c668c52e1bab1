/** How an intro's delivery stands, in words. */
export const DELIVERY_WORDS: Readonly<Record<string, string>> = {
  pending: 'on its way',
  sent: 'delivered',
  failed: 'not delivered',
  cancelled: 'called off',
};

/**
 * Why an intro did not go out, said to an organiser. `failed` ones could not be delivered
 * (a platform refused); `cancelled` ones were called off on purpose just before sending,
 * because someone paused, left or blocked: not a failure, Kindred doing as it was asked.
 */
const REASONS: Readonly<Record<string, string>> = {
  user_gone: 'a member is no longer in the workspace',
  dms_closed: 'a member does not accept direct messages',
  channel_missing: 'the intros channel no longer exists',
  missing_permissions: 'Kindred is missing a permission it needs to post',
  token_revoked: 'Kindred’s access to the workspace was revoked',
  community_gone: 'Kindred was removed from the workspace',
  member_left: 'a member left before it was sent',
  member_paused: 'a member paused before it was sent',
  member_forgotten: 'a member asked to be forgotten before it was sent',
  blocked: 'one member blocked another before it was sent',
  community_stopped: 'the community’s rounds were stopped before it was sent',
};

/** A stored failure reason (`code` or `code: detail`) in words; an unknown code keeps its own words. */
export function deliveryReason(stored: string | null): string {
  if (!stored) return 'no reason was recorded';
  const code = stored.split(':', 1)[0]!.trim();
  return REASONS[code] ?? code.replace(/_/g, ' ');
}
