import { channelPayload } from '../../payloads/channels.ts';
import { userPayload } from '../../payloads/users.ts';
import { invalidFormBody, unknown } from '../api-error.ts';
import { bodyObject, ok, param, route, type Route } from '../route.ts';

export const userRoutes: Route[] = [
  route('GET', '/users/@me', (ctx) => ok(userPayload(ctx.world.bot))),
  route('GET', '/users/:user', (ctx) => {
    const user = ctx.world.users.get(param(ctx, 'user'));
    if (!user) throw unknown.user();
    return ok(userPayload(user));
  }),
  // "Create DM": returns the existing DM channel when there is one. Opening one always works;
  // whether the user accepts DMs only shows when a message is sent (403 50007).
  route('POST', '/users/@me/channels', (ctx) => {
    const recipientId = bodyObject(ctx).recipient_id;
    if (typeof recipientId !== 'string') {
      throw invalidFormBody('recipient_id', 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    if (!ctx.world.users.has(recipientId)) throw unknown.user();
    return ok(channelPayload(ctx.world, ctx.world.openDm(recipientId)));
  }),
];
