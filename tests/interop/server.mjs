// An independently written OAuth 2.0 authorization server for Meisai's
// interop test: oidc-provider 8.8.1 on 127.0.0.1 over TLS, with one public
// native client (PKCE S256, loopback redirect, refresh-token rotation,
// RFC 7009 revocation, RFC 9207 iss). Login and consent are automatic
// (user "taro") through our own interaction route, so a scripted browser
// that follows redirects and keeps cookies completes the flow.
//
//   node server.mjs --cert server.pem --key server.key [--port 0]
// prints one line: {"ready":true,"issuer":"https://127.0.0.1:PORT"}

import https from 'node:https';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values } = parseArgs({
  options: {
    cert: { type: 'string' },
    key: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
});
if (!values.cert || !values.key) {
  console.error('usage: node server.mjs --cert CERT --key KEY [--port N]');
  process.exit(2);
}

const server = https.createServer({
  cert: fs.readFileSync(values.cert),
  key: fs.readFileSync(values.key),
  minVersion: 'TLSv1.2',
});

await new Promise((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
const { port } = server.address();
const issuer = `https://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'meisai-desktop',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    // oidc-provider ignores the port of a native client's loopback redirect (RFC 8252 §7.3).
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }],
  scopes: ['openid', 'offline_access', 'cards:read', 'transactions:read'],
  pkce: { required: () => true, methods: ['S256'] },
  features: {
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    introspection: { enabled: true },
  },
  // Issue refresh tokens without offline_access (a public native client).
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  cookies: { keys: ['meisai-interop-test-cookie-key'] },
  ttl: { AccessToken: 3600, AuthorizationCode: 60, RefreshToken: 86400, Grant: 86400, Interaction: 600, Session: 3600 },
});
provider.proxy = false;

// Headless login and consent: every interaction is approved for "taro".
const interaction = /^\/interaction\/([A-Za-z0-9_-]+)$/;
const providerCallback = provider.callback();
server.on('request', async (req, res) => {
  const match = interaction.exec(new URL(req.url, issuer).pathname);
  if (!match) {
    providerCallback(req, res);
    return;
  }
  try {
    const details = await provider.interactionDetails(req, res);
    const { prompt, params, session } = details;
    if (prompt.name === 'login') {
      await provider.interactionFinished(req, res, { login: { accountId: 'taro' } }, { mergeWithLastSubmission: false });
      return;
    }
    const accountId = session.accountId;
    let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    if (!grant) grant = new provider.Grant({ accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    if (prompt.details.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
});

provider.on('server_error', (ctx, err) => console.error('server_error', err));

process.on('SIGTERM', () => server.close(() => process.exit(0)));
console.log(JSON.stringify({ ready: true, issuer }));
