// Opens the sandbox's admin page as a person's browser would and runs its
// script: the page is fetched over the network, its <script> runs against a
// small stand-in for the DOM, and its fetch() calls go to the sandbox for
// real. The admin URL comes on stdin (never in argv, which other local users
// can read). Prints one JSON line of what a person would see; no token.
//   node admin-page.mjs [notice TITLE] < url
// Needs NODE_EXTRA_CA_CERTS=<the sandbox's ca.pem> for an https URL.
import vm from 'node:vm';

const input = await new Promise(resolve => {
  let data = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', chunk => { data += chunk; });
  process.stdin.on('end', () => resolve(data.trim()));
});
const [action, actionArg] = process.argv.slice(2);
const pageUrl = new URL(input);
const fragmentToken = new URLSearchParams(pageUrl.hash.slice(1)).get('token');

const pageResponse = await fetch(pageUrl.origin + pageUrl.pathname);
const html = await pageResponse.text();
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
if (!script) {
  console.log(JSON.stringify({pageStatus: pageResponse.status, error: 'no script on the page'}));
  process.exit(0);
}

// Just enough DOM for the page: elements by id, rows appended to the table.
function makeElement(id) {
  const el = {id, value: '', hidden: false, children: [], onclick: null, _text: ''};
  Object.defineProperty(el, 'textContent', {
    get() { return this._text; },
    set(v) { this._text = String(v); this.children = []; },
  });
  el.appendChild = child => { el.children.push(child); return child; };
  return el;
}
const elements = new Map();
const byId = id => { if (!elements.has(id)) elements.set(id, makeElement(id)); return elements.get(id); };
byId('auth').hidden = /<p id="auth"[^>]*\bhidden\b/.test(html);
byId('issuer').value = /<select id="issuer"><option value="([^"]+)"/.exec(html)?.[1] ?? '';
byId('user').value = 'taro';
byId('kind').value = 'security';

const location = {href: pageUrl.href, hash: pageUrl.hash, pathname: pageUrl.pathname, origin: pageUrl.origin};
const storage = new Map();
const requests = [];
const pending = new Set();
const context = vm.createContext({
  location,
  history: {replaceState(state, title, url) {
    const u = new URL(url, location.href);
    Object.assign(location, {href: u.href, hash: u.hash, pathname: u.pathname});
  }},
  sessionStorage: {getItem: k => (storage.has(k) ? storage.get(k) : null), setItem: (k, v) => storage.set(k, String(v))},
  document: {
    getElementById: byId,
    querySelector: selector => byId(selector === '#grants tbody' ? 'grants-tbody' : selector),
    createElement: tag => makeElement(tag),
  },
  fetch(path, options = {}) {
    const auth = options.headers?.Authorization;
    const entry = {method: options.method || 'GET', path,
                   authorization: auth === undefined ? 'none' : (fragmentToken && auth === 'Bearer ' + fragmentToken ? 'the fragment\'s token' : 'other'),
                   status: 0};
    requests.push(entry);
    const p = fetch(new URL(path, location.origin), options).then(r => { entry.status = r.status; return r; });
    pending.add(p);
    p.finally(() => pending.delete(p)).catch(() => {});
    return p;
  },
  setInterval: () => 1,
  clearInterval: () => {},
  JSON, URLSearchParams, encodeURIComponent, parseInt, Object, Promise,
});

async function settle() {
  for (let i = 0; i < 100; ++i) {
    if (pending.size === 0) {
      await new Promise(r => setTimeout(r, 20));
      if (pending.size === 0)
        return;
    }
    await Promise.allSettled([...pending]);
  }
}

vm.runInContext(script, context);
await settle();
if (action === 'notice') {
  byId('title').value = actionArg;
  byId('body').value = 'published from the admin page';
  vm.runInContext('notice()', context);
  await settle();
}
console.log(JSON.stringify({
  pageStatus: pageResponse.status,
  requests,
  grantRows: byId('grants-tbody').children.length,
  status: byId('status').textContent,
  authShown: !byId('auth').hidden,
  authText: byId('auth').textContent,
  addressHasToken: location.href.includes('token='),
  address: location.pathname + location.hash,
  tokenKeptForTheTab: fragmentToken !== null && [...storage.values()].includes(fragmentToken),
}));
