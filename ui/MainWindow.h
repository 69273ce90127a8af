#pragma once

// The main window: the connector banner (G14), navigation between the six
// pages, "Stop all connections" (G8) always in reach, sync progress.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace meisai::ui {

class AppContext;
class OverviewPage;
class StatementsPage;
class ConnectionsPage;
class SecurityPage;
class ActivityPage;
class SettingsPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { Overview, Statements, Connections, Security, Activity, Settings, PageCount };

    explicit MainWindow(AppContext& app, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    QWidget* page(Page page) const;
    OverviewPage* overviewPage() const { return m_overview; }
    StatementsPage* statementsPage() const { return m_statements; }
    ConnectionsPage* connectionsPage() const { return m_connections; }
    SecurityPage* securityPage() const { return m_security; }
    ActivityPage* activityPage() const { return m_activity; }
    SettingsPage* settingsPage() const { return m_settings; }
    QPushButton* stopAllButton() const { return m_stopAll; }

    // Revokes every connection at the issuers and stops syncing (G8).
    void stopAllConnections();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateAlertBadge();

    AppContext& m_app;
    QLabel* m_bannerTitle;
    QLabel* m_bannerText;
    QLabel* m_sandbox;
    QPushButton* m_stopAll;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QProgressBar* m_progress;
    QLabel* m_statusText;
    OverviewPage* m_overview;
    StatementsPage* m_statements;
    ConnectionsPage* m_connections;
    SecurityPage* m_security;
    ActivityPage* m_activity;
    SettingsPage* m_settings;
};

} // namespace meisai::ui
