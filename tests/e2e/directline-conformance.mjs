// The embedded Direct Line endpoint, spoken to by the official client (botframework-directlinejs, the
// one Web Chat uses) in polling mode: the user's own activity must come back with an id and the same
// clientActivityID (Web Chat marks it "send failed" otherwise), the bot must answer, and a token for
// another conversation must be refused on this one.
// usage: node directline-conformance.mjs <botBaseUrl>
import { randomUUID } from 'node:crypto';
import XMLHttpRequest from 'xhr2';
import { expect, readArgs, runScenario, waitFor } from './lib/scenario.mjs';

// The client uses RxJS ajax, which needs the browser's XMLHttpRequest (its README's advice for Node).
globalThis.XMLHttpRequest = XMLHttpRequest;
// It also looks up the WebSocket global while constructing, even for polling; Node 20 has none. This
// stand-in fails loudly if the client ever tried to open one.
globalThis.WebSocket ??= class {
  constructor() { throw new Error('the client opened a WebSocket although webSocket is false'); }
};
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

const HELP_TITLE = '可以这样问我';
const { baseUrl } = readArgs('directline-conformance.mjs <botBaseUrl>');

async function issueToken() {
  const response = await fetch(new URL('api/directline/token', baseUrl), { method: 'POST', headers: { 'Accept-Language': 'zh-CN' } });
  expect(response.ok, `POST /api/directline/token answered ${response.status}`);
  return response.json();
}

/** Everything a person would read in an activity: its text and the text blocks of its cards. */
function readable(activity) {
  return [activity.text ?? '', ...(activity.attachments ?? []).map((a) => JSON.stringify(a.content ?? ''))].join('\n');
}

/** Status of a raw call on the first conversation with someone else's token. */
async function statusWith(token, url, init = {}) {
  const headers = { ...(init.headers ?? {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(url, { ...init, headers });
  return response.status;
}

await runScenario('directline-conformance', async (facts) => {
  const first = await issueToken();
  facts.tokenResponseKeys = Object.keys(first).sort();
  expect(first.token && first.domain && first.userId, 'the token response lacks token, domain or userId');

  const directLine = new DirectLine({ token: first.token, domain: first.domain, webSocket: false, pollingInterval: 300 });
  const received = [];
  const statuses = [];
  const subscriptions = [
    directLine.activity$.subscribe((activity) => received.push(activity)),
    directLine.connectionStatus$.subscribe((status) => statuses.push(ConnectionStatus[status])),
  ];
  try {
    const clientActivityID = randomUUID();
    const postedId = await new Promise((resolve, reject) => {
      directLine.postActivity({
        type: 'message', from: { id: first.userId }, text: '帮助', locale: 'zh-CN', channelData: { clientActivityID },
      }).subscribe({ next: resolve, error: reject });
    });
    facts.postedActivityId = postedId;

    const echo = await waitFor('the echo of our own activity', () =>
      received.find((a) => a.channelData?.clientActivityID === clientActivityID), 20000);
    facts.echo = { id: echo.id, clientActivityID: echo.channelData.clientActivityID === clientActivityID, fromId: echo.from?.id, sameIdAsPost: echo.id === postedId };
    expect(echo.id, 'the echoed activity has no id');

    const reply = await waitFor('the bot\'s help reply', () =>
      received.find((a) => a.type === 'message' && a.from?.id !== first.userId && readable(a).includes(HELP_TITLE)), 20000);
    facts.helpReply = { id: reply.id, locale: reply.locale, replyToId: reply.replyToId, text: (reply.text ?? '').slice(0, 120) };
    facts.welcomeCardReceived = received.some((a) => a.from?.id !== first.userId
      && (a.attachments ?? []).some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'));
    facts.conversationId = directLine.conversationId;
    facts.conversationMatchesToken = directLine.conversationId === first.conversationId;
    facts.activityTypes = received.map((a) => `${a.from?.id === first.userId ? 'user' : 'bot'}:${a.type}`);
  } finally {
    subscriptions.forEach((s) => s.unsubscribe());
    directLine.end();
    facts.connectionStatuses = statuses;
  }

  // A token is bound to its conversation: the second one must not read or write the first.
  const second = await issueToken();
  facts.secondConversationDiffers = second.conversationId !== first.conversationId;
  const activitiesUrl = `${first.domain}/conversations/${encodeURIComponent(first.conversationId)}/activities`;
  const message = JSON.stringify({ type: 'message', from: { id: second.userId }, text: 'intruder' });
  facts.foreignToken = {
    get: await statusWith(second.token, activitiesUrl),
    post: await statusWith(second.token, activitiesUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: message }),
  };
  facts.noToken = { get: await statusWith(null, activitiesUrl) };
  expect(facts.foreignToken.get === 403 && facts.foreignToken.post === 403,
    `another conversation's token got GET ${facts.foreignToken.get} / POST ${facts.foreignToken.post}, expected 403`);
  expect([401, 403].includes(facts.noToken.get), `no token got ${facts.noToken.get}, expected 401 or 403`);
});
