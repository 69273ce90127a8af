// The statement view with 1,000,000 transactions: time to first show (rows
// built from records, model filled, the page painted) and the median time to
// apply a search filter. Goals: < 500 ms and < 100 ms.

#include "AppContext.h"
#include "Language.h"
#include "StatementsPage.h"
#include "TempProfile.h"
#include "TransactionModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QThread>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace meisai;
using namespace meisai::ui;

namespace {

constexpr int kRows = 1'000'000;

// Records as the vault returns them: every string its own allocation.
QList<CardTransaction> makeRecords(int count)
{
    static const char* const shops[] = {"スーパーあおば", "東京メトロ", "カフェ・ド・ソラ", "ABCドラッグ", "まるやま書店",
                                        "AMAZON.CO.JP", "東京ガス", "NETFLIX.COM", "かえでマート", "ENEOS",
                                        "ユニクロ", "楽々トラベル", "そば処 きくや", "コンビニ ももマート", "JR東日本"};
    QList<CardTransaction> out;
    out.reserve(count);
    const QDate base(2021, 1, 1);
    for (int i = 0; i < count; ++i) {
        CardTransaction t;
        t.rowId = i + 1;
        t.connectionId = 1 + i % 3;
        t.cardId = QStringLiteral("card-%1").arg(i % 3);
        t.transactionId = QStringLiteral("T%1").arg(i, 8, 10, QLatin1Char('0'));
        t.useDate = base.addDays(i % 1800);
        t.postingDate = t.useDate.addDays(2);
        t.merchantName = QString::fromUtf8(shops[i % 15]) + QStringLiteral(" %1店").arg(i % 4000);
        t.remarks = i % 11 == 0 ? QStringLiteral("海外利用") : QString();
        t.holderType = QStringLiteral("principal");
        t.amount = 100 + (i * 37) % 50000;
        t.paymentMethod = QStringLiteral("10");
        t.installmentCount = 1;
        t.paymentAmount = t.amount;
        t.paymentMonth = t.useDate.addMonths(1).toString(u"yyyy-MM");
        t.status = QStringLiteral("confirmed");
        t.approvalNumber = QString::number(100000 + i);
        out << t;
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    Language::apply(QStringLiteral("en"));
    test::TempProfile profile;
    auto vault = Vault::open(profile.dir());
    if (!vault) {
        std::fprintf(stderr, "vault: %s\n", qPrintable(vault.error().message));
        return 1;
    }
    AppContext context(std::move(vault.value()));
    StatementsPage page(context);
    page.resize(1200, 700);

    std::printf("BenchStatements: %d transactions\n", kRows);
    const QList<CardTransaction> records = makeRecords(kRows);

    QElapsedTimer timer;
    const std::clock_t cpu0 = std::clock();
    timer.start();
    const int threads = qEnvironmentVariableIntValue("MEISAI_BENCH_THREADS");
    TransactionTable table = TransactionTable::build(records, {}, threads);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    QElapsedTimer uiTimer;
    uiTimer.start();
    page.setTable(std::move(table));
    page.selectMonth(QString()); // every month: all rows
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        std::fprintf(stderr, "the window was not exposed\n");
    page.repaint();
    const double firstShowMs = double(timer.nsecsElapsed()) / 1e6;
    const double uiMs = double(uiTimer.nsecsElapsed()) / 1e6;
    const double firstShowCpuMs = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC;
    std::printf("  rows built from records:  %8.1f ms (off the UI thread; %d core(s) here)\n", buildMs,
                QThread::idealThreadCount());
    std::printf("  UI thread, first show:    %8.1f ms (goal < 500 ms; model filled, sorted by date, painted)\n", uiMs);
    std::printf("  end to end, first show:   %8.1f ms (rows built + UI thread)\n", firstShowMs);
    std::printf("  ... of which CPU time:    %8.1f ms (wall time above includes waiting for a busy machine)\n",
                firstShowCpuMs);
    std::printf("  rows shown:               %d\n", page.model()->rowCount());

    const QStringList needles = {QStringLiteral("カフェ"), QStringLiteral("amazon"), QStringLiteral("店"),
                                 QStringLiteral("ドラッグ 12"), QStringLiteral("1234"), QStringLiteral("zzz"),
                                 QStringLiteral("東京"), QStringLiteral("海外")};
    std::vector<double> times;
    for (int round = 0; round < 3; ++round) {
        for (const QString& n : needles) {
            QElapsedTimer t;
            t.start();
            page.setSearchText(n);
            page.view()->repaint();
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            page.setSearchText({});
        }
    }
    std::printf("  search filter, median:    %8.1f ms over %zu searches (goal < 100 ms; filter + repaint)\n",
                median(times), times.size());
    std::printf("  search filter, slowest:   %8.1f ms\n", *std::max_element(times.begin(), times.end()));

    std::vector<double> sorts;
    for (int c : {int(TransactionModel::Amount), int(TransactionModel::Merchant), int(TransactionModel::UseDate)}) {
        QElapsedTimer t;
        t.start();
        page.view()->sortByColumn(c, Qt::AscendingOrder);
        page.view()->repaint();
        sorts.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("  sort by a column, median: %8.1f ms\n", median(sorts));
    return 0;
}
