#include "Pages.h"

#include "FaultMode.h"

namespace meisai::sandbox {
namespace {

QString css(const IssuerInfo* issuer)
{
    const QString primary = issuer ? issuer->primaryColor : QStringLiteral("#334155");
    const QString accent = issuer ? issuer->accentColor : QStringLiteral("#94a3b8");
    const QString tint = issuer ? issuer->tintColor : QStringLiteral("#f1f5f9");
    return QStringLiteral(R"(
:root{--primary:%1;--accent:%2;--tint:%3}
*{box-sizing:border-box}
body{margin:0;background:var(--tint);color:#1f2933;font:15px/1.7 "Hiragino Sans","Noto Sans CJK JP","IPAPGothic","IPAGothic","Yu Gothic",Meiryo,sans-serif}
header.brand{background:var(--primary);color:#fff;border-bottom:4px solid var(--accent)}
header.brand .inner{max-width:1000px;margin:0 auto;padding:14px 24px;display:flex;align-items:center;gap:14px}
.mark{width:44px;height:44px;border-radius:50%;background:var(--accent);color:var(--primary);display:flex;align-items:center;justify-content:center;font-weight:700;font-size:24px;flex:none}
.brandname{font-size:20px;font-weight:700;letter-spacing:.04em}
.brandsub{font-size:12px;opacity:.85}
.sandbox{margin-left:auto;border:1px solid rgba(255,255,255,.7);border-radius:4px;padding:2px 8px;font-size:12px;letter-spacing:.08em}
.lang{color:#fff;font-size:13px;margin-left:12px}
main{max-width:1000px;margin:0 auto;padding:20px 24px 40px}
.columns{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:20px;align-items:start}
.side{position:sticky;top:16px}
@media (max-width:820px){.columns{grid-template-columns:1fr}.side{position:static}}
.official{background:#fff;border-left:6px solid var(--primary);padding:12px 16px;margin:0 0 18px;border-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.official strong{color:var(--primary)}
h1{font-size:22px;margin:8px 0 4px;color:var(--primary)}
.lead{margin:0 0 16px;color:#3e4c59}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.1);padding:18px 22px;margin-bottom:18px}
.card h2{font-size:16px;margin:0 0 10px;color:var(--primary);border-bottom:1px solid #e4e7eb;padding-bottom:6px}
ol.items{list-style:none;margin:0;padding:0;counter-reset:item}
ol.items>li{counter-increment:item;display:grid;grid-template-columns:170px 1fr;gap:4px 16px;padding:10px 0;border-bottom:1px dashed #e4e7eb}
ol.items>li:last-child{border-bottom:0}
ol.items>li>.label{font-weight:700;color:#323f4b}
ol.items>li>.label::before{content:counter(item);display:inline-block;width:22px;height:22px;line-height:22px;text-align:center;border-radius:50%;background:var(--primary);color:#fff;font-size:12px;margin-right:8px}
ul.scopes{margin:0;padding:0;list-style:none}
ul.scopes li{margin-bottom:6px}
code{background:#f5f7fa;border:1px solid #e4e7eb;border-radius:3px;padding:0 4px;font-size:12px;color:#52606d}
ul.notes{margin:0;padding-left:18px}
.form label{display:block;font-weight:700;margin:8px 0 2px}
.form input[type=text],.form input[type=password]{width:100%;padding:9px 10px;border:1px solid #9aa5b1;border-radius:4px;font-size:15px}
.buttons{display:flex;flex-direction:column;gap:10px;margin-top:16px}
button{font:inherit;padding:11px 22px;border-radius:6px;cursor:pointer;border:1px solid var(--primary)}
button.approve{background:var(--primary);color:#fff;font-weight:700}
button.deny{background:#fff;color:var(--primary)}
.error{background:#fde8e8;border:1px solid #e12d39;color:#a61b1b;padding:10px 14px;border-radius:4px;margin-bottom:12px}
.demo{background:#fffbea;border:1px dashed #f0b429}
.demo table{border-collapse:collapse}
.demo td,.demo th{padding:2px 14px 2px 0;text-align:left;font-size:14px}
.demo code{white-space:nowrap}
footer{max-width:1000px;margin:0 auto;padding:0 24px 30px;font-size:12px;color:#52606d}
table.grid{border-collapse:collapse;width:100%;font-size:13px}
table.grid th,table.grid td{border-bottom:1px solid #e4e7eb;padding:6px 8px;text-align:left;vertical-align:top}
table.grid th{background:#f5f7fa}
.muted{color:#7b8794}
)").arg(primary, accent, tint);
}

QString mark(const IssuerInfo* issuer)
{
    if (!issuer)
        return QStringLiteral("M");
    if (issuer->id == u"hoshizora-card")
        return QStringLiteral("星");
    if (issuer->id == u"kaede-card")
        return QStringLiteral("楓");
    if (issuer->id == u"momo-pay")
        return QStringLiteral("桃");
    return issuer->brandJa.left(1);
}

QString pageStart(const IssuerInfo* issuer, bool english, const QString& title, const QString& langLink)
{
    const QString name = issuer ? (english ? issuer->legalNameEn : issuer->legalNameJa) : QStringLiteral("Meisai Sandbox");
    const QString brand = issuer ? (english ? issuer->brandEn : issuer->brandJa) : QStringLiteral("Meisai Sandbox");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                                  "<title>%2 | %3</title><style>%4</style></head><body>")
                       .arg(english ? QStringLiteral("en") : QStringLiteral("ja"), htmlEscape(title), htmlEscape(brand), css(issuer));
    html += QStringLiteral("<header class=\"brand\"><div class=\"inner\"><div class=\"mark\" aria-hidden=\"true\">%1</div>"
                           "<div><div class=\"brandname\">%2</div><div class=\"brandsub\">%3</div></div>"
                           "<span class=\"sandbox\">SANDBOX</span>%4</div></header>")
                .arg(mark(issuer), htmlEscape(brand), htmlEscape(name),
                     langLink.isEmpty() ? QString()
                                        : QStringLiteral("<a class=\"lang\" href=\"%1\" hreflang=\"%2\">%3</a>")
                                              .arg(htmlEscape(langLink), english ? QStringLiteral("ja") : QStringLiteral("en"),
                                                   english ? QStringLiteral("日本語") : QStringLiteral("English")));
    return html;
}

} // namespace

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString consentPage(const ConsentPageModel& m)
{
    const IssuerInfo& is = *m.issuer;
    const ClientInfo& c = *m.client;
    const bool en = m.english;
    auto t = [en](const QString& ja, const QString& english) { return en ? english : ja; };
    const QString issuerName = en ? is.legalNameEn : is.legalNameJa;
    const QString connector = en ? c.connectorEn : c.connectorJa;
    const QString service = en ? c.serviceEn : c.serviceJa;
    const QLocale locale = en ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(QLocale::Japanese, QLocale::Japan);
    const QString until = en ? locale.toString(m.consentUntil, QStringLiteral("MMMM d, yyyy"))
                             : m.consentUntil.toString(QStringLiteral("yyyy年M月d日"));

    QString html = pageStart(&is, en, t(QStringLiteral("外部サービス連携の確認"), QStringLiteral("Allow access")), m.otherLanguageUrl);
    html += QStringLiteral("<main>");
    html += QStringLiteral("<p class=\"official\" id=\"issuer-page\">%1</p>")
                .arg(t(QStringLiteral("このページは<strong>%1</strong>のログイン・同意ページです。"
                                      "%2（%3）の画面ではありません。ID・パスワードは当社のページ以外で入力しないでください。"),
                       QStringLiteral("This is a login and consent page of <strong>%1</strong>, "
                                      "not a screen of %2 (%3). Enter your ID and password only on our own pages."))
                         .arg(htmlEscape(issuerName), htmlEscape(service), htmlEscape(connector)));
    html += QStringLiteral("<h1>%1</h1><p class=\"lead\">%2</p>")
                .arg(t(QStringLiteral("外部サービスとの連携の確認"), QStringLiteral("Connect an external service")),
                     t(QStringLiteral("次のサービスが、お客さまの%1のご利用情報の参照を求めています。内容をご確認のうえ、同意される場合はログインしてください。"),
                       QStringLiteral("The service below asks to read your %1 account information. Review the details and sign in if you agree."))
                         .arg(htmlEscape(en ? is.brandEn : is.brandJa)));

    // The six items of guideline §3.4(2)i, with the login beside them.
    html += QStringLiteral("<div class=\"columns\"><div class=\"main\">");
    html += QStringLiteral("<section class=\"card\" id=\"consent-items\"><h2>%1</h2><ol class=\"items\">")
                .arg(t(QStringLiteral("連携の内容"), QStringLiteral("What you are agreeing to")));
    html += QStringLiteral("<li id=\"item-connector\"><span class=\"label\">%1</span><span>%2</span></li>")
                .arg(t(QStringLiteral("接続先（API接続先）"), QStringLiteral("Connector")), htmlEscape(connector));
    html += QStringLiteral("<li id=\"item-service\"><span class=\"label\">%1</span><span>%2</span></li>")
                .arg(t(QStringLiteral("サービス名"), QStringLiteral("Service")), htmlEscape(service));
    QString scopes = QStringLiteral("<ul class=\"scopes\">");
    for (const ScopeInfo& s : scopeCatalog()) {
        if (!m.scopes.contains(s.name))
            continue;
        scopes += QStringLiteral("<li><strong>%1</strong> <code>%2</code><br><span class=\"muted\">%3</span></li>")
                      .arg(htmlEscape(en ? s.titleEn : s.titleJa), htmlEscape(s.name), htmlEscape(en ? s.exposesEn : s.exposesJa));
    }
    scopes += QStringLiteral("</ul>");
    html += QStringLiteral("<li id=\"item-scopes\"><span class=\"label\">%1</span><span>%2</span></li>")
                .arg(t(QStringLiteral("参照を許可する情報"), QStringLiteral("Information shared")), scopes);
    html += QStringLiteral("<li id=\"item-validity\"><span class=\"label\">%1</span><span>%2</span></li>")
                .arg(t(QStringLiteral("有効期限"), QStringLiteral("Validity")),
                     t(QStringLiteral("連携（リフレッシュトークン）の有効期限は最長%1日（%2まで）です。期限後は改めて同意が必要です。"
                                      "情報の取得に使うアクセストークンの有効期限は%3分で、期限内に自動で更新されます。"),
                       QStringLiteral("The connection (refresh token) is valid for at most %1 days (until %2); after that you will be asked again. "
                                      "Access tokens used to fetch data are valid for %3 minutes and renewed automatically."))
                         .arg(kRefreshTokenMaxDays)
                         .arg(htmlEscape(until))
                         .arg(kAccessTokenLifetimeSecs / 60));
    html += QStringLiteral("<li id=\"item-revoke\"><span class=\"label\">%1</span><span>%2</span></li>")
                .arg(t(QStringLiteral("連携の解除方法"), QStringLiteral("How to revoke")),
                     t(QStringLiteral("いつでも解除できます：%1、または%2の「接続の解除」から。%3（%4）へのお電話でも承ります。"),
                       QStringLiteral("At any time: in %1, or with \"Disconnect\" in %2. You can also call %3 (%4)."))
                         .arg(htmlEscape(en ? is.revokeHowEn : is.revokeHowJa), htmlEscape(service),
                              htmlEscape(en ? is.inquiry.nameEn : is.inquiry.nameJa), htmlEscape(is.inquiry.phone)));
    html += QStringLiteral("<li id=\"item-warnings\"><span class=\"label\">%1</span><span><ul class=\"notes\">%2</ul></span></li>")
                .arg(t(QStringLiteral("その他の注意事項"), QStringLiteral("Other notes")),
                     t(QStringLiteral("<li>%1は当社とは別の事業者です。連携後の情報の取扱いは%1の利用規約・プライバシーポリシーに従います。</li>"
                                      "<li>当社は接続先のサービス内容を保証するものではありません。</li>"
                                      "<li>当社のID・パスワードを接続先のアプリやメールに入力・返信しないでください。</li>"
                                      "<li>身に覚えのない連携やご利用があれば、すぐに%2（%3、%4）へご連絡ください。</li>"),
                       QStringLiteral("<li>%1 is a separate company from us. After you connect, it handles your information under its own terms and privacy policy.</li>"
                                      "<li>We do not guarantee the connector's service.</li>"
                                      "<li>Never type or send your ID and password for us into the connector's app or e-mails.</li>"
                                      "<li>If you see a connection or a payment you do not recognise, contact %2 at once (%3, %4).</li>"))
                         .arg(htmlEscape(connector), htmlEscape(en ? is.incident.nameEn : is.incident.nameJa),
                              htmlEscape(is.incident.phone), htmlEscape(en ? is.incident.hoursEn : is.incident.hoursJa)));
    html += QStringLiteral("</ol></section></div><aside class=\"side\">");

    // Login and decision.
    html += QStringLiteral("<section class=\"card form\" id=\"login\"><h2>%1</h2>")
                .arg(t(QStringLiteral("%1にログインして同意する"), QStringLiteral("Sign in to %1 to agree")).arg(htmlEscape(en ? is.brandEn : is.brandJa)));
    if (!m.error.isEmpty())
        html += QStringLiteral("<div class=\"error\" role=\"alert\" id=\"login-error\">%1</div>").arg(htmlEscape(m.error));
    html += QStringLiteral("<form method=\"post\" action=\"%1\">"
                           "<input type=\"hidden\" name=\"txn\" value=\"%2\">"
                           "<label for=\"username\">%3</label><input type=\"text\" id=\"username\" name=\"username\" value=\"%4\" autocomplete=\"username\">"
                           "<label for=\"password\">%5</label><input type=\"password\" id=\"password\" name=\"password\" value=\"%6\" autocomplete=\"current-password\">"
                           "<div class=\"buttons\"><button type=\"submit\" class=\"approve\" name=\"decision\" value=\"approve\">%7</button>"
                           "<button type=\"submit\" class=\"deny\" name=\"decision\" value=\"deny\">%8</button></div>"
                           "<p class=\"muted\">%9</p></form></section>")
                .arg(htmlEscape(m.action), htmlEscape(m.txn),
                     t(QStringLiteral("ユーザーID"), QStringLiteral("User ID")), htmlEscape(m.username),
                     t(QStringLiteral("パスワード"), QStringLiteral("Password")), htmlEscape(m.password),
                     t(QStringLiteral("同意して連携する"), QStringLiteral("Agree and connect")),
                     t(QStringLiteral("連携しない"), QStringLiteral("Do not connect")),
                     t(QStringLiteral("ご判断の後、ブラウザは %1 上の%2に戻ります。"),
                       QStringLiteral("After your decision the browser returns to %2 on %1."))
                         .arg(htmlEscape(m.redirectHost), htmlEscape(service)));

    // A sandbox lists its demo users so that a demo needs no typing.
    html += QStringLiteral("<section class=\"card demo\" id=\"demo-users\"><h2>%1</h2><p>%2</p><table><tr><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(t(QStringLiteral("サンドボックスのデモ利用者"), QStringLiteral("Sandbox demo users")),
                     t(QStringLiteral("これはテスト環境です。実在のお客さま情報はありません。"), QStringLiteral("This is a test environment with no real customer data.")),
                     t(QStringLiteral("ユーザーID"), QStringLiteral("User ID")), t(QStringLiteral("パスワード"), QStringLiteral("Password")),
                     t(QStringLiteral("氏名"), QStringLiteral("Name")));
    for (const DemoUser& u : is.users) {
        html += QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td></tr>")
                    .arg(htmlEscape(u.login), htmlEscape(u.password), htmlEscape(en ? u.nameEn : u.nameJa));
    }
    html += QStringLiteral("</table></section></aside></div></main>");
    html += QStringLiteral("<footer>%1 ／ %2：%3 %4（%5）</footer></body></html>")
                .arg(htmlEscape(issuerName), htmlEscape(t(QStringLiteral("お問い合わせ"), QStringLiteral("Contact"))),
                     htmlEscape(en ? is.inquiry.nameEn : is.inquiry.nameJa), htmlEscape(is.inquiry.phone),
                     htmlEscape(en ? is.inquiry.hoursEn : is.inquiry.hoursJa));
    return html;
}

QString errorPage(const IssuerInfo* issuer, bool english, const QString& title, const QString& message)
{
    QString html = pageStart(issuer, english, title, QString());
    html += QStringLiteral("<main><section class=\"card\" id=\"error\"><h1>%1</h1><p>%2</p></section></main></body></html>")
                .arg(htmlEscape(title), htmlEscape(message));
    return html;
}

QString indexPage(const QList<IssuerInfo>& issuers, const QString& httpsBase, const QString& httpBase)
{
    QString html = pageStart(nullptr, false, QStringLiteral("Meisai Sandbox"), QString());
    html += QStringLiteral("<main><h1>Meisai Sandbox</h1><p class=\"lead\">テスト用の架空のカード会社・コード決済事業者です。"
                           "Fictional issuers for demos and tests. See docs/sandbox.md.</p>"
                           "<section class=\"card\"><h2>Issuers</h2><table class=\"grid\"><tr><th>ID</th><th>名称</th><th>Discovery</th></tr>");
    for (const IssuerInfo& i : issuers) {
        const QString d = httpsBase + QStringLiteral("/.well-known/oauth-authorization-server/issuers/") + i.id;
        html += QStringLiteral("<tr id=\"%1\"><td><code>%1</code></td><td>%2<br><span class=\"muted\">%3</span></td><td><code>%4</code></td></tr>")
                    .arg(htmlEscape(i.id), htmlEscape(i.legalNameJa), htmlEscape(i.legalNameEn), htmlEscape(d));
    }
    html += QStringLiteral("</table></section><section class=\"card\" id=\"deprecations\"><h2>Deprecations</h2>"
                           "<p><code>GET /v1/cards/{cardId}/limits</code> is deprecated since 2025-01-01 and sunsets on 2026-12-31.</p></section>"
                           "<p><a href=\"%1/admin\">Admin</a></p></main></body></html>").arg(htmlEscape(httpBase));
    return html;
}

QString adminPage(const QList<IssuerInfo>& issuers)
{
    QString options;
    for (const IssuerInfo& i : issuers)
        options += QStringLiteral("<option value=\"%1\">%2 (%1)</option>").arg(htmlEscape(i.id), htmlEscape(i.legalNameJa));
    QString modes; // every declared fault mode, in declaration order
    for (const QString& mode : faultModes())
        modes += QStringLiteral("<option>%1</option>").arg(htmlEscape(mode));
    QString html = pageStart(nullptr, false, QStringLiteral("Sandbox admin"), QString());
    static const char adminHtml[] = R"HTML(<main>
<h1>サンドボックス管理 / Sandbox admin</h1>
<p class="lead">カード会社側から見た連携の一覧です。発行者側からの連携解除、セキュリティのお知らせ、メンテナンスの切り替えができます。</p>
<p id="auth" class="error" role="alert" hidden></p>
<section class="card"><h2>連携（グラント）/ Grants</h2>
<table class="grid" id="grants"><thead><tr><th>カード会社</th><th>接続先</th><th>利用者</th><th>スコープ</th><th>発行</th><th>有効期限</th><th>最終利用</th><th>状態</th><th></th></tr></thead><tbody></tbody></table>
</section>
<section class="card"><h2>カード会社ごとの操作 / Per issuer</h2>
<label>カード会社 <select id="issuer">%1</select></label>
<div id="status" class="muted"></div>
<h3>メンテナンス</h3>
<button onclick="maint(true)">メンテナンス開始（503）</button> <button onclick="maint(false)">メンテナンス終了</button>
<h3>お知らせの掲載</h3>
<select id="kind"><option value="security">security</option><option value="maintenance">maintenance</option><option value="info">info</option></select>
<input id="title" type="text" placeholder="タイトル" style="width:60%"><br>
<textarea id="body" rows="3" style="width:100%" placeholder="本文"></textarea><br>
<button onclick="notice()">掲載する</button>
<h3>障害の注入 / Faults</h3>
<select id="mode">%2</select>
<input id="arg" type="text" placeholder="arg" size="6"> <input id="count" type="number" placeholder="count" min="0" style="width:6em">
<button onclick="fault()">設定</button> <button onclick="clearFaults()">すべて解除</button>
<h3>利用者の全連携を解除</h3>
<input id="user" type="text" value="taro" size="10"> <button onclick="revokeUser()">解除する</button>
<h3>未確定明細の確定</h3>
<button onclick="post('confirm-pending',{})">未確定を確定にする</button>
</section>
</main>
<script>
// The admin token arrives once in the URL's fragment (#token=..., never sent to
// a server); it is kept for this tab only and taken out of the address bar.
const token = (() => {
  const m = /^#token=([A-Za-z0-9_-]{43})$/.exec(location.hash);
  if (m) { sessionStorage.setItem('meisai-sandbox-admin-token', m[1]); history.replaceState(null, '', location.pathname); }
  return sessionStorage.getItem('meisai-sandbox-admin-token') || '';
})();
let timer = null;
function showError(text) {
  const e = document.getElementById('auth'); e.textContent = text; e.hidden = false;
  if (timer !== null) { clearInterval(timer); timer = null; }
}
function call(method, p, body) {
  const headers = {'Authorization': 'Bearer ' + token};
  if (method !== 'GET') headers['Content-Type'] = 'application/json';
  return fetch('/admin/api' + p, {method, headers, body: method === 'GET' ? undefined : JSON.stringify(body || {}),
                                  credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer'})
    .then(r => r.json().then(d => {
      if (r.status === 401) { showError('管理トークンが違います。meisai-sandbox が表示した管理ページの URL を開き直してください。/ Wrong admin token: open the admin URL printed by meisai-sandbox again.'); throw d; }
      return d;
    }));
}
const api = p => call('GET', p);
const send = (method, p, body) => call(method, p, body).then(refresh);
const issuer = () => document.getElementById('issuer').value;
const post = (what, body) => send('POST', '/issuers/' + issuer() + '/' + what, body);
const val = id => document.getElementById(id).value;
function maint(on) { post('maintenance', {on, retry_after: 600}); }
function notice() { post('notices', {kind: val('kind'), title: val('title'), body: val('body')}); }
function fault() { post('faults', {mode: val('mode'), arg: val('arg'), count: parseInt(val('count') || '0')}); }
function clearFaults() { send('DELETE', '/issuers/' + issuer() + '/faults'); }
function revokeUser() { post('revoke-user', {user: val('user')}); }
function revoke(id) { send('POST', '/grants/' + encodeURIComponent(id) + '/revoke'); }
function cell(text) { const td = document.createElement('td'); td.textContent = text; return td; }
function refresh() {
  api('/grants').then(d => {
    const tb = document.querySelector('#grants tbody'); tb.textContent = '';
    for (const g of d.grants) {
      const tr = document.createElement('tr');
      [g.issuer, g.connector + ' (' + g.client_id + ')', g.user, g.scopes.join(' '), g.issued_at, g.expires_at, g.last_used_at || '—',
       g.active ? '有効' : '解除済'].forEach(t => tr.appendChild(cell(t)));
      const td = document.createElement('td');
      if (g.active) { const b = document.createElement('button'); b.textContent = '解除'; b.onclick = () => revoke(g.id); td.appendChild(b); }
      tr.appendChild(td); tb.appendChild(tr);
    }
  }).catch(() => {});
  api('/issuers').then(d => {
    document.getElementById('status').textContent = d.issuers.map(i =>
      i.id + ': ' + (i.faults.length ? i.faults.map(f => f.mode + (f.arg ? ':' + f.arg : '') + (f.count ? ' ×' + f.count : '')).join(', ') : 'normal')).join(' ／ ');
  }).catch(() => {});
}
if (!token) {
  showError('管理トークンがありません。meisai-sandbox が起動時に表示した管理ページの URL（#token=… 付き）を開いてください。/ No admin token: open the admin URL that meisai-sandbox printed at start (it ends in #token=…).');
} else {
  refresh(); timer = setInterval(refresh, 5000);
}
</script></body></html>)HTML";
    html += QString::fromUtf8(adminHtml).arg(options, modes);
    return html;
}

} // namespace meisai::sandbox
