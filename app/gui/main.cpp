// meisai: the desktop app. Hardens the process, unlocks the profile's vault
// and shows the main window.

#include "AppContext.h"
#include "Language.h"
#include "MainWindow.h"
#include "Unlock.h"
#include "common/Hardening.h"
#include "vault/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdio>

namespace {

// hardenProcess() says only that a step failed: name the protection that is
// missing, so that whoever started the app knows what is at risk.
void warnNotHardened()
{
    rlimit core{};
    if (getrlimit(RLIMIT_CORE, &core) != 0 || core.rlim_cur != 0)
        std::fprintf(stderr, "meisai: warning: core dumps could not be turned off for this process; a crash "
                             "may leave its memory, vault key included, in a core file\n");
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        std::fprintf(stderr, "meisai: warning: this process could not be made non-dumpable; other processes of "
                             "this user may attach to it and read its memory\n");
}

} // namespace

int main(int argc, char** argv)
{
    // First thing: a secrets app must not leave its memory in a core file or
    // let other processes of the same user attach to it (KeePassXC Bootstrap).
    if (!meisai::wipeHeapOnFree(argv))
        std::fprintf(stderr, "meisai: warning: freed memory of this process is not overwritten; copies of tokens "
                             "may stay readable in its memory\n");
    if (!meisai::hardenProcess())
        warnNotHardened();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("meisai"));
    QApplication::setApplicationDisplayName(QStringLiteral("Meisai"));
    QApplication::setApplicationVersion(QStringLiteral(MEISAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.meisai.Meisai"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.meisai.Meisai")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Meisai: your card statements through the issuers' open APIs"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption profileDir(QStringList{QStringLiteral("profile-dir")},
                                  QStringLiteral("The profile folder (default: MEISAI_PROFILE_DIR or the XDG data folder)."),
                                  QStringLiteral("dir"));
    QCommandLineOption language(QStringList{QStringLiteral("language")},
                                QStringLiteral("The UI language: ja or en."), QStringLiteral("code"));
    QCommandLineOption passphraseFd(QStringList{QStringLiteral("passphrase-fd")},
                                    QStringLiteral("Read the vault passphrase from this file descriptor (scripts, the demo)."),
                                    QStringLiteral("fd"));
    parser.addOption(profileDir);
    parser.addOption(language);
    parser.addOption(passphraseFd);
    parser.process(app);

    meisai::ui::Language::apply(parser.isSet(language) ? parser.value(language)
                                                       : meisai::ui::Language::systemDefault());
    const QString dir = meisai::Profile::resolveDir(parser.value(profileDir));
    std::unique_ptr<meisai::Vault> vault;
    if (parser.isSet(passphraseFd)) {
        bool ok = false;
        const int fd = parser.value(passphraseFd).toInt(&ok);
        QFile in;
        if (!ok || !in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            std::fprintf(stderr, "meisai: cannot read the passphrase from fd %s\n", qPrintable(parser.value(passphraseFd)));
            return 2;
        }
        QByteArray line = in.readLine().trimmed();
        meisai::UnlockOptions options;
        options.passphrase = meisai::SecretBytes::takeFrom(line);
        auto opened = meisai::Vault::open(dir, std::move(options));
        if (!opened) {
            std::fprintf(stderr, "meisai: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        vault = std::move(opened.value());
    } else {
        vault = meisai::ui::Unlock::run(dir);
    }
    if (!vault)
        return 1;
    // The language saved in Settings wins over the system's.
    if (!parser.isSet(language)) {
        auto saved = vault->settings().setting(meisai::ui::Language::settingKey);
        if (saved && !saved->isEmpty())
            meisai::ui::Language::apply(saved.value());
    }
    meisai::ui::AppContext context(std::move(vault));
    meisai::ui::MainWindow window(context);
    window.show();
    context.startBackgroundWork();
    return QApplication::exec();
}
