// Time and peak memory of ApiDecoders::decodeTransactions on hostile bodies up
// to the HTTP size limit (8 MiB): each body is built and decoded in a child
// process of its own, so the peak RSS printed is that body's (the body itself,
// the parsed tree, the PAN guard's copies), not the largest of the run.
// Goals: refused or decoded within 2 s, well under 300 MB.
//
//   ./build/tests/bench/bench_decoders

#include "api/ApiDecoders.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

using namespace meisai;

namespace {

constexpr qsizetype kBody = 8 * 1024 * 1024 - 1024; // room for the page around the bulk

// A valid, empty transactions page with `"bulk":` + value as an unknown field.
QByteArray page(const QByteArray& bulk)
{
    return "{\"bulk\":" + bulk
        + ",\"cardId\":\"c\",\"dateFrom\":\"2024-01-01\",\"dateTo\":\"2025-01-31\",\"baseDate\":\"2025-01-31\","
          "\"baseTime\":\"2025-01-31T10:00:00+09:00\",\"count\":0,\"hasNext\":false,\"nextItemKey\":null,"
          "\"transactions\":[]}";
}

QByteArray wide(qsizetype bytes, const QByteArray& item)
{
    QByteArray out;
    out.reserve(bytes);
    out += '[';
    while (out.size() + item.size() + 2 < bytes) {
        if (out.size() > 1)
            out += ',';
        out += item;
    }
    return out + ']';
}

struct Bomb
{
    const char* name;
    std::function<QByteArray()> body;
};

} // namespace

int main()
{
    const Bomb bombs[] = {
        {"322 KB nested 1,000 deep, fractions at every level",
         [] {
             const QByteArray level = wide(320, "1.5").chopped(1) + ',';
             return page(level.repeated(1000) + "1.5" + QByteArray(1000, ']'));
         }},
        {"8 MiB nested 4 million deep", [] { return page(QByteArray(kBody / 2, '[') + QByteArray(kBody / 2, ']')); }},
        {"8 MiB of fractional numbers", [] { return page(wide(kBody, "1.5")); }},
        {"8 MiB of zeros", [] { return page(wide(kBody, "0")); }},
        {"8 MiB of one text", [] { return page('"' + QByteArray(kBody, 'a') + '"'); }},
        {"1,000,000 values (at the limit, decoded)", [] { return page(wide(1'999'000, "0")); }},
        {"8 MiB of 64 KiB texts full of card numbers (decoded)",
         [] { return page(wide(kBody, '"' + QByteArray("4111 1111 1111 1111 ").repeated(3276) + '"')); }},
    };
    std::printf("%-55s %9s %7s %8s  %s\n", "body", "bytes", "ms", "peak MB", "result");
    for (const Bomb& bomb : bombs) {
        int fds[2];
        if (pipe(fds) != 0)
            return 1;
        std::fflush(stdout);
        const pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            const QByteArray body = bomb.body();
            QElapsedTimer timer;
            timer.start();
            QList<PanFinding> findings;
            const auto result = ApiDecoders::decodeTransactions(body, &findings);
            const qint64 ms = timer.elapsed();
            const QByteArray what = result.ok()
                ? "decoded, " + QByteArray::number(findings.size()) + " card numbers masked"
                : result.error().message.toUtf8();
            const QByteArray line = QByteArray::number(body.size()) + ' ' + QByteArray::number(ms) + ' ' + what;
            [[maybe_unused]] const auto written = write(fds[1], line.constData(), size_t(line.size()));
            _exit(0);
        }
        close(fds[1]);
        QByteArray line;
        char buffer[4096];
        for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
            line.append(buffer, n);
        close(fds[0]);
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3) {
            std::printf("%-55s failed\n", bomb.name);
            continue;
        }
        std::printf("%-55s %9s %7s %8.1f  %s\n", bomb.name, parts.at(0).constData(), parts.at(1).constData(),
                    double(usage.ru_maxrss) / 1024.0, line.mid(parts.at(0).size() + parts.at(1).size() + 2).constData());
    }
    return 0;
}
