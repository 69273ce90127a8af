#include "CardApiClient.h"

#include "ApiDecoders.h"
#include "common/Clock.h"
#include "common/Log.h"
#include "net/HttpClient.h"
#include "oauth/OAuthContext.h"
#include "oauth/TokenManager.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace meisai {

namespace {

bool isSafeSegment(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._~-]{1,128}$"));
    return re.match(s).hasMatch() && s != u"." && s != u"..";
}

// The response parts that do not depend on the endpoint: API version,
// deprecation, retry time, the issuer's error body.
void readMeta(const HttpResponse& response, const Clock& clock, ApiMeta& meta)
{
    meta.httpStatus = response.status;
    meta.interactionId = response.interactionId;
    meta.durationMs = response.durationMs;
    if (!response.transportOk())
        return;
    meta.apiVersion = QString::fromLatin1(response.header("x-api-version")).trimmed();
    if (meta.apiVersion.isEmpty())
        meta.apiVersion = QString::fromLatin1(response.header("api-version")).trimmed();
    if (auto dep = ApiDecoders::parseDeprecation(response.header("Deprecation"), response.header("Sunset"),
                                                 response.header("Link"))) {
        dep->endpoint = meta.endpoint;
        meta.deprecation = *dep;
    }
    meta.retryAfterSecs = ApiDecoders::parseRetryAfter(response.header("Retry-After"), clock.now());
    if (meta.retryAfterSecs >= 0)
        meta.retryAt = clock.now().addSecs(meta.retryAfterSecs);
    if (!response.isSuccess()) {
        if (auto body = ApiDecoders::decodeErrorBody(response.body)) {
            meta.issuerError = body->error;
            meta.issuerErrorCode = body->errorCode;
            meta.issuerMessage = body->errorMessage;
            if (!body->details.isEmpty())
                meta.issuerMessage += QStringLiteral(" (") + body->details.join(QStringLiteral("; ")) + QLatin1Char(')');
        }
    }
}

// RFC 6750: the error attribute of WWW-Authenticate, e.g. invalid_token.
QString bearerError(const HttpResponse& response)
{
    static const QRegularExpression re(QStringLiteral("error=\"?([A-Za-z_]+)\"?"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(response.header("WWW-Authenticate")));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString neededScope(const HttpResponse& response)
{
    static const QRegularExpression re(QStringLiteral("scope=\"([^\"]*)\""));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(response.header("WWW-Authenticate")));
    return m.hasMatch() ? m.captured(1) : QString();
}

// Maps an HTTP failure to an Error for people, and says whether to retry.
Error mapFailure(const HttpResponse& response, ApiMeta& meta, const Text& issuerName)
{
    if (!response.transportOk()) {
        meta.retryable = response.failure == HttpFailure::Network || response.failure == HttpFailure::Timeout;
        return response.error;
    }
    const int status = response.status;
    const Text issuerSays = meta.issuerMessage.isEmpty()
        ? Text()
        : CardApiClient::trText(" The issuer says: \"%1\"").arg(meta.issuerMessage);
    if (status == 401) {
        return makeError(ErrorCode::Unauthorized,
                         CardApiClient::trText("%1 did not accept Meisai's access (HTTP 401).%2 If this persists, connect again.")
                             .arg(issuerName)
                             .arg(issuerSays));
    }
    if (status == 403) {
        const QString scope = neededScope(response);
        if (bearerError(response) == u"insufficient_scope" || meta.issuerError == u"insufficient_scope") {
            return makeError(ErrorCode::InsufficientScope,
                             scope.isEmpty()
                                 ? CardApiClient::trText("%1 did not allow this: the permission granted when linking does not cover "
                                      "it. Connect again and allow it if you want it.")
                                       .arg(issuerName)
                                 : CardApiClient::trText("%1 did not allow this: it needs the permission \"%2\", which was not granted "
                                      "when linking. Connect again and allow it if you want it.")
                                       .arg(issuerName)
                                       .arg(scope));
        }
        return makeError(ErrorCode::AccessDenied,
                         CardApiClient::trText("%1 refused the request (HTTP 403).%2").arg(issuerName).arg(issuerSays));
    }
    if (status == 429) {
        meta.retryable = true;
        return makeError(ErrorCode::RateLimited,
                         meta.retryAfterSecs >= 0
                             ? CardApiClient::trText("%1 asked Meisai to slow down; it can be tried again in %2 seconds.")
                                   .arg(issuerName)
                                   .arg(meta.retryAfterSecs)
                             : CardApiClient::trText("%1 asked Meisai to slow down. Try again later.").arg(issuerName));
    }
    if (status == 503 && (meta.issuerError == u"maintenance" || meta.issuerError.isEmpty())) {
        meta.retryable = true;
        const Text when = meta.retryAt.isValid() ? Text::time(meta.retryAt, Text::TimeStyle::ShortDateTime)
                                                 : CardApiClient::trText("later");
        return makeError(ErrorCode::Maintenance,
                         CardApiClient::trText("%1 is under maintenance; Meisai will try again after %2.%3")
                             .arg(issuerName)
                             .arg(when)
                             .arg(issuerSays));
    }
    if (status >= 500) {
        meta.retryable = true;
        return makeError(ErrorCode::ServerError,
                         CardApiClient::trText("%1 had a problem answering (HTTP %2).%3 Try again later.")
                             .arg(issuerName)
                             .arg(status)
                             .arg(issuerSays));
    }
    if (status == 404) {
        return makeError(ErrorCode::NotFound, CardApiClient::trText("%1 does not know what Meisai asked for (HTTP 404).%2")
                                                  .arg(issuerName)
                                                  .arg(issuerSays));
    }
    return makeError(ErrorCode::Protocol,
                     CardApiClient::trText("%1 rejected Meisai's request (HTTP %2).%3").arg(issuerName).arg(status).arg(issuerSays));
}

} // namespace

struct CardApiClient::Call
{
    qint64 connectionId = 0;
    QString issuerId;
    Text issuerName;
    QString pathTemplate;
    QString path; // below the API base URL, e.g. /v1/cards/c1/transactions
    QList<QPair<QString, QString>> query;
    bool authorized = true;
    IssuerBinding binding;  // the connection's: where its access token may go
    QByteArray fingerprint; // of the access token last sent
    bool retriedAfter401 = false;
    quint64 generation = 0;
    QPointer<QObject> context;
    bool hadContext = false;
    RawDone done;

    void finish(Result<HttpResponse> response, ApiMeta meta)
    {
        if (!done || (hadContext && !context))
            return;
        auto d = std::move(done);
        done = nullptr;
        d(std::move(response), std::move(meta));
    }
};

CardApiClient::CardApiClient(OAuthContext& context, TokenManager& tokens, QObject* parent)
    : QObject(parent), m_context(context), m_tokens(tokens)
{
}

CardApiClient::~CardApiClient() = default;

QString CardApiClient::endpointCards() { return QStringLiteral("/v1/cards"); }
QString CardApiClient::endpointTransactions() { return QStringLiteral("/v1/cards/{cardId}/transactions"); }
QString CardApiClient::endpointStatement() { return QStringLiteral("/v1/cards/{cardId}/statements/{billingMonth}"); }
QString CardApiClient::endpointLimits() { return QStringLiteral("/v1/cards/{cardId}/limits"); }
QString CardApiClient::endpointNotices() { return QStringLiteral("/v1/notices"); }
QString CardApiClient::endpointProfile() { return QStringLiteral("/v1/profile"); }

void CardApiClient::cancel(qint64 connectionId)
{
    ++m_generation[connectionId];
}

void CardApiClient::authorizedGet(qint64 connectionId, const QString& pathTemplate, const QString& path,
                                  const QList<QPair<QString, QString>>& query, QObject* context, RawDone done)
{
    auto call = std::make_shared<Call>();
    call->connectionId = connectionId;
    call->pathTemplate = pathTemplate;
    call->path = path;
    call->query = query;
    call->authorized = true;
    call->generation = m_generation.value(connectionId);
    call->context = context;
    call->hadContext = context != nullptr;
    call->done = std::move(done);

    auto connection = m_context.connection(connectionId);
    if (!connection) {
        QTimer::singleShot(0, this, [call, error = connection.error()] {
            ApiMeta meta;
            meta.endpoint = QStringLiteral("GET ") + call->pathTemplate;
            call->finish(error, meta);
        });
        return;
    }
    call->issuerId = connection->issuerId;
    call->binding = connection->binding;
    attempt(call);
}

void CardApiClient::publicGet(const QString& issuerId, const QString& pathTemplate, const QString& path,
                              QObject* context, RawDone done)
{
    auto call = std::make_shared<Call>();
    call->issuerId = issuerId;
    call->pathTemplate = pathTemplate;
    call->path = path;
    call->authorized = false;
    call->context = context;
    call->hadContext = context != nullptr;
    call->done = std::move(done);
    attempt(call);
}

void CardApiClient::attempt(std::shared_ptr<Call> call)
{
    QPointer<CardApiClient> self(this);
    m_context.resolve(call->issuerId, this, [self, call](Result<ResolvedIssuer> issuer) {
        if (!self)
            return;
        ApiMeta meta;
        meta.endpoint = QStringLiteral("GET ") + call->pathTemplate;
        if (!issuer) {
            meta.retryable = issuer.error().code == ErrorCode::Network || issuer.error().code == ErrorCode::Timeout;
            call->finish(issuer.error(), meta);
            return;
        }
        call->issuerName = issuer->profile.nameText();
        const QUrl base = BindingGuard::apiBaseUrl(issuer->profile, issuer->metadata);
        if (base.isEmpty() || !base.isValid()) {
            call->finish(makeError(ErrorCode::InvalidArgument,
                                   CardApiClient::trText("The profile of %1 gives no address for its card API.").arg(call->issuerName)),
                         meta);
            return;
        }
        QUrl url = base;
        QString basePath = base.path();
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
        url.setPath(basePath + call->path);
        if (!call->query.isEmpty()) {
            QUrlQuery q;
            for (const auto& [k, v] : call->query)
                q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
            url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
        HttpClient* http = issuer->http;

        auto send = [self, call, http, url](HttpRequest request) {
            request.url = url;
            request.pathTemplate = call->pathTemplate;
            request.connectionId = call->connectionId;
            http->send(std::move(request), self, [self, call](HttpResponse response) {
                if (!self)
                    return;
                ApiMeta meta;
                meta.endpoint = QStringLiteral("GET ") + call->pathTemplate;
                if (call->authorized && self->m_generation.value(call->connectionId) != call->generation) {
                    call->finish(makeError(ErrorCode::Cancelled, CardApiClient::trText("The sync was stopped.")), meta);
                    return;
                }
                readMeta(response, self->m_context.clock(), meta);
                if (response.isSuccess()) {
                    if (!meta.apiVersion.isEmpty()) {
                        if (Status v = ApiDecoders::checkApiVersion(meta.apiVersion, call->issuerName); !v) {
                            call->finish(v.error(), meta);
                            return;
                        }
                    }
                    call->finish(std::move(response), std::move(meta));
                    return;
                }
                // 401 invalid_token: the token may have been revoked or expired early;
                // refresh once and try once more.
                if (call->authorized && response.transportOk() && response.status == 401 && !call->retriedAfter401) {
                    call->retriedAfter401 = true;
                    qCInfo(lcApi).noquote() << "401 from" << call->issuerId << meta.endpoint
                                            << "- refreshing the access token once";
                    self->m_tokens.invalidateAccessToken(call->connectionId, call->fingerprint);
                    self->attempt(call);
                    return;
                }
                Error error = mapFailure(response, meta, call->issuerName);
                qCInfo(lcApi).noquote() << call->issuerId << meta.endpoint << "failed:" << errorCodeName(error.code)
                                        << response.status << meta.interactionId;
                call->finish(std::move(error), std::move(meta));
            });
        };

        if (!call->authorized) {
            send(HttpRequest{});
            return;
        }
        if (Status admitted = self->m_context.admitToken(call->connectionId, call->binding, *issuer, url,
                                                         BindingGuard::Use::Api);
            !admitted) {
            call->finish(admitted.error(), meta);
            return;
        }
        self->m_tokens.withAccessToken(call->connectionId, self, [self, call, send](Result<AccessGrant> grant) {
            if (!self)
                return;
            if (!grant) {
                ApiMeta meta;
                meta.endpoint = QStringLiteral("GET ") + call->pathTemplate;
                meta.retryable = grant.error().code == ErrorCode::Network || grant.error().code == ErrorCode::Timeout
                    || grant.error().code == ErrorCode::ServerError;
                call->finish(grant.error(), meta);
                return;
            }
            HttpRequest request;
            QByteArray auth = QByteArrayLiteral("Bearer ");
            auth.append(reinterpret_cast<const char*>(grant->accessToken.data()), qsizetype(grant->accessToken.size()));
            request.headers.append({QByteArrayLiteral("Authorization"), auth});
            SecretBytes::wipe(auth);
            call->fingerprint = grant->fingerprint;
            request.authDate = grant->authTime;
            send(std::move(request));
        });
    });
}

// ---------------------------------------------------------------- endpoints

namespace {

template <typename T, typename Decode>
auto decodeWith(CardApiClient::Callback<T> done, Decode decode)
{
    return [done = std::move(done), decode = std::move(decode)](Result<HttpResponse> response, ApiMeta meta) {
        if (!response) {
            done(ApiReply<T>{response.error(), std::move(meta)});
            return;
        }
        Result<T> value = decode(response->body, &meta.panFindings);
        SecretBytes::wipe(response->body);
        done(ApiReply<T>{std::move(value), std::move(meta)});
    };
}

} // namespace

void CardApiClient::cards(qint64 connectionId, QObject* context, Callback<CardList> done)
{
    const QDateTime now = m_context.clock().now();
    const SecretBytes* key = &m_context.panFingerprintKey(); // the vault outlives this client
    authorizedGet(connectionId, endpointCards(), QStringLiteral("/v1/cards"), {}, context,
                  decodeWith<CardList>(std::move(done), [connectionId, now, key](const QByteArray& body, QList<PanFinding>* f) {
                      auto list = ApiDecoders::decodeCards(body, f, key);
                      if (list) {
                          for (Card& c : list->cards) {
                              c.connectionId = connectionId;
                              c.fetchedAt = now;
                          }
                      }
                      return list;
                  }));
}

void CardApiClient::transactions(qint64 connectionId, const QString& cardId, const TransactionFilter& filter,
                                 QObject* context, Callback<TransactionPage> done)
{
    if (!isSafeSegment(cardId)) {
        QTimer::singleShot(0, context ? context : this, [done, cardId] {
            ApiMeta meta;
            meta.endpoint = QStringLiteral("GET ") + endpointTransactions();
            done(ApiReply<TransactionPage>{makeError(ErrorCode::Protocol,
                                                     CardApiClient::tr("The issuer gave a card id Meisai cannot use (\"%1\").").arg(cardId)),
                                           meta});
        });
        return;
    }
    QList<QPair<QString, QString>> query;
    if (filter.dateFrom.isValid())
        query.append({QStringLiteral("dateFrom"), filter.dateFrom.toString(Qt::ISODate)});
    if (filter.dateTo.isValid())
        query.append({QStringLiteral("dateTo"), filter.dateTo.toString(Qt::ISODate)});
    if (!filter.status.isEmpty())
        query.append({QStringLiteral("status"), filter.status.join(u',')});
    if (filter.limit > 0)
        query.append({QStringLiteral("limit"), QString::number(filter.limit)});
    if (!filter.nextItemKey.isEmpty())
        query.append({QStringLiteral("nextItemKey"), filter.nextItemKey});
    const QDateTime now = m_context.clock().now();
    const SecretBytes* key = &m_context.panFingerprintKey(); // the vault outlives this client
    authorizedGet(connectionId, endpointTransactions(), QStringLiteral("/v1/cards/%1/transactions").arg(cardId), query,
                  context,
                  decodeWith<TransactionPage>(std::move(done), [connectionId, cardId, now, key](const QByteArray& body,
                                                                                          QList<PanFinding>* f) {
                      auto page = ApiDecoders::decodeTransactions(body, f, key);
                      if (page) {
                          if (!page->cardId.isEmpty() && page->cardId != cardId) {
                              return Result<TransactionPage>(makeError(
                                  ErrorCode::Protocol,
                                  CardApiClient::tr("The issuer answered with the transactions of another card (%1 instead of %2).")
                                      .arg(page->cardId, cardId)));
                          }
                          page->cardId = cardId;
                          for (CardTransaction& t : page->transactions) {
                              t.connectionId = connectionId;
                              t.cardId = cardId;
                              t.fetchedAt = now;
                          }
                      }
                      return page;
                  }));
}

void CardApiClient::statement(qint64 connectionId, const QString& cardId, const QString& billingMonth,
                              QObject* context, Callback<CardStatement> done)
{
    if (!isSafeSegment(cardId) || !ApiDecoders::isMonth(billingMonth)) {
        QTimer::singleShot(0, context ? context : this, [done] {
            ApiMeta meta;
            meta.endpoint = QStringLiteral("GET ") + endpointStatement();
            done(ApiReply<CardStatement>{
                makeError(ErrorCode::InvalidArgument, CardApiClient::tr("A card id and a month (YYYY-MM) are needed.")), meta});
        });
        return;
    }
    const QDateTime now = m_context.clock().now();
    const SecretBytes* key = &m_context.panFingerprintKey(); // the vault outlives this client
    authorizedGet(connectionId, endpointStatement(),
                  QStringLiteral("/v1/cards/%1/statements/%2").arg(cardId, billingMonth), {}, context,
                  decodeWith<CardStatement>(std::move(done), [connectionId, cardId, billingMonth, now,
                                                              key](const QByteArray& body, QList<PanFinding>* f) {
                      auto s = ApiDecoders::decodeStatement(body, billingMonth, f, key);
                      if (s) {
                          s->connectionId = connectionId;
                          s->cardId = cardId;
                          s->fetchedAt = now;
                      }
                      return s;
                  }));
}

void CardApiClient::limits(qint64 connectionId, const QString& cardId, QObject* context, Callback<CardLimits> done)
{
    if (!isSafeSegment(cardId)) {
        QTimer::singleShot(0, context ? context : this, [done] {
            ApiMeta meta;
            meta.endpoint = QStringLiteral("GET ") + endpointLimits();
            done(ApiReply<CardLimits>{makeError(ErrorCode::InvalidArgument, CardApiClient::tr("A card id is needed.")), meta});
        });
        return;
    }
    const QDateTime now = m_context.clock().now();
    const SecretBytes* key = &m_context.panFingerprintKey(); // the vault outlives this client
    authorizedGet(connectionId, endpointLimits(), QStringLiteral("/v1/cards/%1/limits").arg(cardId), {}, context,
                  decodeWith<CardLimits>(std::move(done), [connectionId, cardId, now, key](const QByteArray& body,
                                                                                     QList<PanFinding>* f) {
                      auto l = ApiDecoders::decodeLimits(body, f, key);
                      if (l) {
                          l->connectionId = connectionId;
                          l->cardId = cardId;
                          l->fetchedAt = now;
                      }
                      return l;
                  }));
}

void CardApiClient::notices(const QString& issuerId, QObject* context, Callback<NoticeList> done)
{
    const QDateTime now = m_context.clock().now();
    const SecretBytes* key = &m_context.panFingerprintKey(); // the vault outlives this client
    publicGet(issuerId, endpointNotices(), QStringLiteral("/v1/notices"), context,
              decodeWith<NoticeList>(std::move(done), [issuerId, now, key](const QByteArray& body, QList<PanFinding>* f) {
                  auto list = ApiDecoders::decodeNotices(body, f, key);
                  if (list) {
                      for (IssuerNotice& n : list->notices) {
                          n.issuerId = issuerId;
                          n.fetchedAt = now;
                      }
                  }
                  return list;
              }));
}

void CardApiClient::profile(const QString& issuerId, QObject* context, Callback<IssuerPublicProfile> done)
{
    const SecretBytes* key = &m_context.panFingerprintKey(); // the vault outlives this client
    publicGet(issuerId, endpointProfile(), QStringLiteral("/v1/profile"), context,
              decodeWith<IssuerPublicProfile>(std::move(done), [key](const QByteArray& body, QList<PanFinding>* f) {
                  auto p = ApiDecoders::decodeProfile(body, f, key);
                  if (p && !p->apiVersion.isEmpty()) {
                      if (Status v = ApiDecoders::checkApiVersion(p->apiVersion, Text::verbatim(p->legalName)); !v)
                          return Result<IssuerPublicProfile>(v.error());
                  }
                  return p;
              }));
}

} // namespace meisai
