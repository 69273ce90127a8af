// Time for the sync engine to store one card's 100,000 transactions from the
// sandbox over loopback TLS (fetch, PAN guard, strict decoding, upsert and a
// cursor commit per page of 500), against the floor measured in the same run:
// fetching and decoding the same pages through the same client, plus a raw
// SQLCipher prepared insert of the rows in one transaction. Prints medians of
// several rounds and their ratio (goal <= 2).
//
//   MEISAI_BUILD_DIR=build ./build/tests/bench/bench_sync [rounds]
// (inside a session bus with an unlocked keyring, like the tests)

#include "BenchSupport.h"
#include "SyncFixture.h"
#include "TempProfile.h"
#include "api/CardApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace meisai;
using namespace meisai::test;
using namespace meisai::bench;

namespace {

constexpr int kPerCard = 100000;
const QString kIssuer = QStringLiteral("hoshizora-card");

struct Session
{
    TempProfile profile;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<IssuerDirectory> directory;
    std::unique_ptr<OAuthContext> context;
    std::unique_ptr<TokenManager> tokens;
    std::unique_ptr<SyncEngine> engine;
    qint64 connectionId = 0;

    bool open(SandboxProcess& sandbox, bool link)
    {
        auto v = Vault::open(profile.dir());
        if (!v) {
            std::fprintf(stderr, "vault: %s\n", qPrintable(v.error().message));
            return false;
        }
        vault = std::move(v.value());
        if (!link)
            return true;
        directory = std::make_unique<IssuerDirectory>(vault.get());
        if (!directory->addFromSandbox(QJsonDocument(sandbox.readyLine()).toJson(QJsonDocument::Compact))) {
            std::fprintf(stderr, "directory failed\n");
            return false;
        }
        context = std::make_unique<OAuthContext>(*vault, *directory);
        context->setHttpDefaults(60000, 8 * 1024 * 1024);
        tokens = std::make_unique<TokenManager>(*context);
        engine = std::make_unique<SyncEngine>(*vault, *context, *tokens);
        QString error;
        connectionId = linkSandboxIssuer(*context, sandbox, kIssuer, QStringLiteral("taro"),
                                         QStringLiteral("sandbox-pass-1"), &error);
        if (!connectionId)
            std::fprintf(stderr, "link: %s\n", qPrintable(error));
        return connectionId != 0;
    }

    ~Session()
    {
        engine.reset();
        tokens.reset();
        context.reset();
        directory.reset();
        vault.reset();
    }
};

QString firstCard(Session& s)
{
    QString cardId;
    bool done = false;
    s.engine->api().cards(s.connectionId, nullptr, [&](ApiReply<CardList> reply) {
        if (reply.ok() && !reply.result->cards.isEmpty())
            cardId = reply.result->cards.first().cardId;
        done = true;
    });
    (void)waitUntil([&] { return done; }, 60000);
    return cardId;
}

// The floor's first half: the same pages through the same client (TLS, PAN guard, decoding).
double fetchAll(Session& s, const QString& cardId, QList<CardTransaction>* rows)
{
    QElapsedTimer timer;
    timer.start();
    TransactionFilter filter;
    bool more = true;
    while (more) {
        bool done = false;
        more = false;
        s.engine->api().transactions(s.connectionId, cardId, filter, nullptr, [&](ApiReply<TransactionPage> reply) {
            done = true;
            if (!reply.ok()) {
                std::fprintf(stderr, "fetch: %s\n", qPrintable(reply.result.error().message));
                return;
            }
            rows->append(reply.result->transactions);
            filter.dateFrom = reply.result->dateFrom;
            filter.dateTo = reply.result->dateTo;
            filter.nextItemKey = reply.result->nextItemKey;
            more = reply.result->hasNext;
        });
        (void)waitUntil([&] { return done; }, 60000);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// The engine: from the first transactions page of card 1 to the end of its last one.
double syncOneCard(Session& s, qint64* stored)
{
    QElapsedTimer timer;
    bool started = false;
    double elapsed = -1;
    QObject receiver;
    QObject::connect(s.engine.get(), &SyncEngine::progress, &receiver, [&](const SyncProgress& p) {
        if (p.connectionId != s.connectionId)
            return;
        if (!started && p.phase == SyncPhase::Transactions && p.cardIndex == 1) {
            started = true;
            timer.start();
        } else if (started && elapsed < 0
                   && (p.cardIndex > 1 || p.phase == SyncPhase::Statements || p.phase == SyncPhase::Done)) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            s.engine->cancel(s.connectionId); // the other cards are not part of the figure
        }
    });
    bool finished = false;
    QObject::connect(s.engine.get(), &SyncEngine::finished, &receiver, [&] { finished = true; });
    s.engine->sync(s.connectionId);
    (void)waitUntil([&] { return finished; }, 600000);
    *stored = *s.vault->transactions().count(s.connectionId);
    return elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    SandboxProcess sandbox({QStringLiteral("--transactions-per-card"), QString::number(kPerCard)}, 60000);
    if (!sandbox.isReady()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::vector<double> syncs, fetches, inserts, floors;
    for (int round = 0; round < rounds; ++round) {
        Session syncing;
        Session raw;
        if (!syncing.open(sandbox, true) || !raw.open(sandbox, false))
            return 1;
        const QString cardId = firstCard(syncing);
        if (cardId.isEmpty()) {
            std::fprintf(stderr, "no card\n");
            return 1;
        }
        QList<CardTransaction> rows;
        rows.reserve(kPerCard);
        const double fetch = fetchAll(syncing, cardId, &rows);
        const double insert = rawInsert(*raw.vault, rows, 1);
        qint64 stored = 0;
        const double sync = syncOneCard(syncing, &stored);
        if (rows.size() != kPerCard || stored < kPerCard || sync < 0) {
            std::fprintf(stderr, "round %d: fetched %lld, stored %lld\n", round + 1, qint64(rows.size()), stored);
            return 1;
        }
        std::printf("round %d: sync %.0f ms; floor %.0f ms (fetch+decode %.0f ms, raw insert %.0f ms)\n", round + 1,
                    sync, fetch + insert, fetch, insert);
        std::fflush(stdout);
        syncs.push_back(sync);
        fetches.push_back(fetch);
        inserts.push_back(insert);
        floors.push_back(fetch + insert);
    }
    const double s = median(syncs), f = median(floors);
    std::printf("bench_sync: %d transactions of one card over loopback TLS: sync %.0f ms (median of %d); floor %.0f ms "
                "(fetch+decode %.0f ms + raw SQLCipher insert %.0f ms); ratio %.2f (goal <= 2)\n",
                kPerCard, s, rounds, f, median(fetches), median(inserts), s / f);
    sandbox.stop();
    return 0;
}
