import { ok, route, type Route } from '../route.ts';

export const gatewayRoutes: Route[] = [
  // "Get Gateway Bot": what discord.js asks before connecting (values from TESTING-NOTES).
  route('GET', '/gateway/bot', (ctx) =>
    ok({
      url: ctx.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    }),
  ),
  route('GET', '/gateway', (ctx) => ok({ url: ctx.gatewayUrl() }), { auth: false }),
];
