// The fuzz targets in the test suite, without libFuzzer: every file of the
// target's seed corpus, then a fixed number of seeded mutations of them
// (bit flips, byte changes, inserts of JSON and HTTP punctuation, deletions,
// truncations, duplicated and spliced chunks), stopped early after a time
// budget. The same seed gives the same inputs, so a failure reproduces.
// A crash fails the test; the input that caused it is written to
// fuzz-crash-<target> in the working folder.
//
//   fuzz_<name> [--iterations N] [--seconds S] [--seed N] [corpus folder or file...]
//
// Without a folder, the corpus compiled in (MEISAI_FUZZ_CORPUS) is used.

#include "FuzzSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace {

// The input being run, for the crash handler (which may only use async-signal-safe calls).
const char* g_current = nullptr;
size_t g_currentSize = 0;
char g_crashPath[512] = {};

void onCrash(int signal)
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        size_t done = 0;
        while (g_current && done < g_currentSize) {
            const ssize_t n = ::write(fd, g_current + done, g_currentSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        ::close(fd);
    }
    static const char message[] = "fuzz replay: crashed; the input is in ";
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, message, sizeof message - 1);
    ignored = ::write(STDERR_FILENO, g_crashPath, strlen(g_crashPath));
    ignored = ::write(STDERR_FILENO, "\n", 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run(const QByteArray& input)
{
    g_current = input.constData();
    g_currentSize = size_t(input.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    g_current = nullptr;
}

QList<QByteArray> readCorpus(const QStringList& places, QStringList* names)
{
    QList<QByteArray> corpus;
    for (const QString& place : places) {
        QStringList files;
        if (QFileInfo(place).isDir()) {
            for (const QFileInfo& info : QDir(place).entryInfoList(QDir::Files, QDir::Name))
                files << info.filePath();
        } else {
            files << place;
        }
        for (const QString& path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz replay: cannot read %s\n", qPrintable(path));
                std::exit(2);
            }
            corpus << file.readAll();
            *names << path;
        }
    }
    return corpus;
}

class Mutator
{
public:
    explicit Mutator(quint64 seed) : m_random(seed) {}

    QByteArray mutate(const QList<QByteArray>& corpus)
    {
        QByteArray out = corpus[pick(corpus.size())];
        const int rounds = 1 + int(pick(4));
        for (int i = 0; i < rounds; ++i)
            mutateOnce(out, corpus);
        return out;
    }

private:
    static constexpr char kSpecial[] = "{}[]\":,.-+eE0123456789\\u%&=?# \t\r\n/";

    qsizetype pick(qsizetype n) { return n <= 0 ? 0 : qsizetype(m_random() % quint64(n)); }

    char specialByte()
    {
        const qsizetype which = pick(sizeof kSpecial + 2);
        if (which == sizeof kSpecial - 1)
            return '\0';
        if (which >= qsizetype(sizeof kSpecial))
            return char(0x80 + pick(0x80)); // a UTF-8 continuation or lead byte
        return kSpecial[which];
    }

    void mutateOnce(QByteArray& out, const QList<QByteArray>& corpus)
    {
        const qsizetype size = out.size();
        switch (pick(8)) {
        case 0: // flip one bit
            if (size > 0) {
                const qsizetype at = pick(size);
                out[at] = char(out[at] ^ char(1 << pick(8)));
            }
            break;
        case 1: // any byte
            if (size > 0)
                out[pick(size)] = char(pick(256));
            break;
        case 2: // punctuation that steers a parser
            out.insert(pick(size + 1), specialByte());
            break;
        case 3: // delete a range
            if (size > 0) {
                const qsizetype at = pick(size);
                out.remove(at, 1 + pick(qMin<qsizetype>(size - at, 64)));
            }
            break;
        case 4: // truncate
            out.truncate(pick(size + 1));
            break;
        case 5: // repeat a chunk (nesting, long strings, many elements)
            if (size > 0) {
                const qsizetype at = pick(size);
                const QByteArray chunk = out.mid(at, 1 + pick(qMin<qsizetype>(size - at, 32)));
                const qsizetype times = 1 + pick(16);
                if (size + chunk.size() * times < 256 * 1024)
                    out.insert(at, chunk.repeated(times));
            }
            break;
        case 6: { // splice with another seed
            const QByteArray& other = corpus[pick(corpus.size())];
            out = out.left(pick(size + 1)) + other.mid(pick(other.size() + 1));
            break;
        }
        default: // a number where there was a digit
            if (size > 0) {
                static const char* const numbers[] = {"-1", "0", "1e308", "-1e308", "9223372036854775808",
                                                      "4294967296", "0.5", "1e-400", "NaN", "99999999999999999999"};
                const qsizetype at = out.indexOf(char('0' + pick(10)), pick(size));
                if (at >= 0)
                    out.replace(at, 1, numbers[pick(10)]);
            }
            break;
        }
    }

    std::mt19937_64 m_random;
};

} // namespace

int main(int argc, char** argv)
{
    qint64 iterations = 100000;
    double seconds = 5;
    quint64 seed = 12;
    QStringList places;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if ((arg == "--iterations" || arg == "--seconds" || arg == "--seed") && i + 1 < argc) {
            const QByteArray value = argv[++i];
            if (arg == "--iterations")
                iterations = value.toLongLong();
            else if (arg == "--seconds")
                seconds = value.toDouble();
            else
                seed = value.toULongLong();
        } else {
            places << QString::fromLocal8Bit(arg);
        }
    }
    if (places.isEmpty())
        places << QStringLiteral(MEISAI_FUZZ_CORPUS);

    const QByteArray target = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toLocal8Bit();
    std::snprintf(g_crashPath, sizeof g_crashPath, "fuzz-crash-%s", target.constData());
    for (const int signal : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP})
        std::signal(signal, onCrash);

    QStringList names;
    const QList<QByteArray> corpus = readCorpus(places, &names);
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz replay: no corpus in %s\n", qPrintable(places.join(QLatin1Char(' '))));
        return 2;
    }
    for (qsizetype i = 0; i < corpus.size(); ++i)
        run(corpus[i]);

    QElapsedTimer clock;
    clock.start();
    Mutator mutator(seed);
    qint64 done = 0;
    while (done < iterations && clock.elapsed() < qint64(seconds * 1000)) {
        run(mutator.mutate(corpus));
        ++done;
    }
    std::printf("%s: %lld corpus files, %lld mutations (seed %llu) in %.1f s, no crash\n", target.constData(),
                static_cast<long long>(corpus.size()), static_cast<long long>(done),
                static_cast<unsigned long long>(seed), double(clock.elapsed()) / 1000);
    return 0;
}
