/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes carry milliseconds since it in their top 42 bits. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * Mints a Discord-style snowflake. Real ids are 17-19 digits long, and @discordjs/rest only
 * recognises a "major parameter" (its rate-limit key) when a channel/guild id has that length,
 * so the fake must not use short ids like "1".
 */
export function snowflake(nowMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(nowMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
