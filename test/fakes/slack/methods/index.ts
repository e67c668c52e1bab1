import { appsConnectionsOpen, authTest, teamInfo } from './auth.ts';
import { chatPostEphemeral, chatPostMessage, chatUpdate } from './chat.ts';
import type { MethodSpec } from './context.ts';
import { conversationsHistory, conversationsOpen } from './conversations.ts';
import { reactionsAdd } from './reactions.ts';
import { usersInfo, usersList } from './users.ts';
import { viewsOpen, viewsPublish, viewsUpdate } from './views.ts';

export type { MethodContext, MethodSpec, SlackResult, TokenKind } from './context.ts';

const bot = ['bot'] as const;

/** The Web API methods the fake implements; anything else is `unknown_method`. */
export const METHODS: Readonly<Record<string, MethodSpec>> = {
  'auth.test': { handler: authTest, tokens: bot },
  'team.info': { handler: teamInfo, tokens: bot },
  'apps.connections.open': { handler: appsConnectionsOpen, tokens: ['app'] },
  'conversations.open': { handler: conversationsOpen, tokens: bot },
  'conversations.history': { handler: conversationsHistory, tokens: bot },
  'chat.postMessage': { handler: chatPostMessage, tokens: bot },
  'chat.postEphemeral': { handler: chatPostEphemeral, tokens: bot },
  'chat.update': { handler: chatUpdate, tokens: bot },
  'reactions.add': { handler: reactionsAdd, tokens: bot },
  'users.info': { handler: usersInfo, tokens: bot },
  'users.list': { handler: usersList, tokens: bot },
  'views.open': { handler: viewsOpen, tokens: bot },
  'views.publish': { handler: viewsPublish, tokens: bot },
  'views.update': { handler: viewsUpdate, tokens: bot },
};
