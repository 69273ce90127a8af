#pragma once

// Security: alerts with what happened, what to do and whom to contact
// (G17), acknowledge; the vault's state; the security reminders (G16).

#include "model/Alert.h"
#include "model/Connection.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace meisai::ui {

class AppContext;
class AlertModel;
class RawSortProxy;

class SecurityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPage)

public:
    explicit SecurityPage(AppContext& app, QWidget* parent = nullptr);
    void reload();
    void acknowledgeCurrent();
    bool selectAlert(qint64 alertId);
    AlertModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* detailLabel() const { return m_detail; }
    // What the Security badge counts: open alerts not yet acknowledged, of a
    // security kind (a revoked grant, consent, a
    // security notice, a card number received, a tampered log, a changed issuer), and not about a connection the user
    // stopped. Maintenance, API versions and failing syncs are listed on the
    // page but not counted.
    static int needingAttention(const QList<Alert>& alerts, const QList<Connection>& connections);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetail();

    AppContext& m_app;
    AlertModel* m_model;
    RawSortProxy* m_proxy;
    QLabel* m_title;
    QLabel* m_alertsHeading;
    QTableView* m_view;
    QLabel* m_detail;
    QPushButton* m_ack;
    QLabel* m_vaultHeading;
    QLabel* m_vault;
    QLabel* m_remindersHeading;
    QLabel* m_reminders;
};

} // namespace meisai::ui
