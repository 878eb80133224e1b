// A real OpenID Connect provider (the npm package oidc-provider) for the single sign-on tests.
//
// Listens on 127.0.0.1 at a free port and prints one line, `listening <issuer>`, once ready.
// One static client, `nextpractice`, whose secret and redirect URIs come from the
// environment (OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URIS, comma-separated). Its
// sign-in page (below) takes any login name with any password; the name picks one of the
// accounts below. Consent is granted at once (a first-party client), as an organisation's
// provider does for its own apps.
import * as http from 'node:http';

import Provider from 'oidc-provider';

// login name -> claims. `known` matches an account the tests create; the others are refused.
const ACCOUNTS = {
  known: { email: 'Leader@School.example', email_verified: true, name: 'Lee Leader' },
  stranger: { email: 'stranger@school.example', email_verified: true, name: 'Sam Stranger' },
  elsewhere: { email: 'leader@elsewhere.example', email_verified: true, name: 'Ellis Elsewhere' },
  unverified: { email: 'leader@school.example', email_verified: false, name: 'Una Verified' },
};

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'nextpractice',
        client_secret: process.env.OIDC_TEST_CLIENT_SECRET,
        redirect_uris: process.env.OIDC_TEST_REDIRECT_URIS.split(','),
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(ctx, sub) {
      const claims = ACCOUNTS[sub];
      if (!claims) return undefined;
      return { accountId: sub, async claims() { return { sub, ...claims }; } };
    },
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => false },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(provider, req, res).catch((err) => {
        res.statusCode = 400;
        res.end(String(err));
      });
    } else {
      callback(req, res);
    }
  });
  process.stdout.write(`listening ${issuer}\n`);
});

// A minimal sign-in page: nothing loaded from elsewhere, so the browser logs no errors.
async function interaction(provider, req, res) {
  const { uid } = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><title>Test provider: sign in</title>
<link rel="icon" href="data:,"></head><body><main><h1>Test provider</h1>
<form method="post" action="/interaction/${uid}">
<label>Login <input name="login" required></label>
<label>Password <input name="password" type="password" required></label>
<button type="submit">Sign in at the provider</button></form></main></body></html>`);
    return;
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  const login = new URLSearchParams(body).get('login');
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: login } },
    { mergeWithLastSubmission: false },
  );
}

process.on('SIGTERM', () => server.close(() => process.exit(0)));
