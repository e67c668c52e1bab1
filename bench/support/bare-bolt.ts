// A bare Bolt app for `npm run bench:ack`: the same receiver settings Kindred uses over
// HTTP (signature check, processBeforeResponse) and an /intro listener that only acks.
// Prints "listening PORT" once it accepts requests.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

const receiver = new HTTPReceiver({
  signingSecret: process.env['SLACK_SIGNING_SECRET'] ?? '',
  endpoints: '/slack/events',
  processBeforeResponse: true,
});
const app = new App({
  token: process.env['SLACK_BOT_TOKEN'] ?? '',
  botId: 'B0BENCH',
  botUserId: 'U0BENCH',
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env['SLACK_API_URL'] ?? '' },
});
app.command('/intro', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'ok' });
});
const server = await app.start(Number(process.env['PORT'] ?? 0));
const address = server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
