#pragma once

// The desktop app in a test: a temporary profile (real keychain), optionally
// the sandbox issuer with its issuers registered, the AppContext and the
// main window. Also acts as the user's browser (QDesktopServices URL handler
// → SandboxBrowser approves on the consent page and delivers the redirect)
// and answers the app's questions (Ask).

#include "AppContext.h"
#include "MainWindow.h"
#include "SandboxBrowser.h"
#include "SandboxProcess.h"
#include "TempProfile.h"
#include "common/Clock.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace meisai::test {

class BrowserStandIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserStandIn)

public:
    explicit BrowserStandIn(SandboxProcess& sandbox, QObject* parent = nullptr);
    ~BrowserStandIn() override;

    bool approve = true;
    QString user = QStringLiteral("taro");
    QString password = QStringLiteral("sandbox-pass-1");
    QList<QUrl> opened;
    QString lastError;

public Q_SLOTS:
    void openUrl(const QUrl& url); // called by QDesktopServices::openUrl

private:
    SandboxProcess& m_sandbox;
};

class UiFixture
{
public:
    UiFixture();
    ~UiFixture();

    // withSandbox: start meisai-sandbox (with these arguments) and register its issuers.
    // seed: fill the vault with seedDemoData() first.
    bool setUp(QString* error, bool withSandbox, const QStringList& sandboxArguments = {}, bool seed = false);

    ui::AppContext& app() { return *m_app; }
    ui::MainWindow& window() { return *m_window; }
    SandboxProcess& sandbox() { return *m_sandbox; }
    BrowserStandIn& browser() { return *m_browser; }
    QString profileDir() const { return m_profile.dir(); }

    // Links an issuer through the wizard as a user would; returns the connection id (0: error set).
    qint64 linkThroughWizard(const QString& issuerId, QString* error);
    // Waits until the app's sync controller is idle.
    bool waitForSync(int timeoutMs = 60000);
    // Answers to Ask questions: the index returned for each call, in order (default 0).
    void answer(QList<int> answers);
    // The text of the last question or notice shown.
    static QString lastNotice();

    // Fills the vault with a realistic, deterministic data set (screenshots,
    // offline tests). Its alerts and problems are Texts, shown in the UI's language.
    static void seedDemoData(Vault& vault);

private:
    TempProfile m_profile;
    // Seeded data uses a fixed time, so screenshots do not change from run to run.
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(0, 30), Qt::UTC)};
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<BrowserStandIn> m_browser;
    std::unique_ptr<ui::AppContext> m_app;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<int> m_answers;
};

} // namespace meisai::test
