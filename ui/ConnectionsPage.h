#pragma once

// Connections: status, granted access, consent dates; Sync now, Reconnect
// (the same connection, history kept), Disconnect (revoke, then keep or
// delete the data), linking a new issuer, and adding an issuer Meisai does
// not know yet (AddIssuerDialog).

#include "AddIssuerDialog.h"
#include "LinkWizard.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace meisai::ui {

class AppContext;
class ConnectionModel;
class LinkWizard;
class RawSortProxy;

class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    explicit ConnectionsPage(AppContext& app, QWidget* parent = nullptr);
    void reload();
    void startLink();
    void startAddIssuer();
    void selectConnection(qint64 connectionId);
    qint64 currentConnectionId() const;
    void syncCurrent();
    void reconnectCurrent();
    void disconnectCurrent();

    LinkWizard* wizard() const { return m_wizard; }
    AddIssuerDialog* addIssuerDialog() const { return m_addIssuerDialog; }
    QPushButton* addIssuerButton() const { return m_addIssuer; }
    ConnectionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* detailLabel() const { return m_detail; }

Q_SIGNALS:
    void disconnectFinished(qint64 connectionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetail();
    void openWizard(const QString& issuerId, qint64 reconnectId);

    AppContext& m_app;
    ConnectionModel* m_model;
    RawSortProxy* m_proxy;
    QPointer<LinkWizard> m_wizard;
    QPointer<AddIssuerDialog> m_addIssuerDialog;
    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_addIssuer;
    QPushButton* m_link;
    QTableView* m_view;
    QLabel* m_detail;
    QPushButton* m_sync;
    QPushButton* m_reconnect;
    QPushButton* m_disconnect;
};

} // namespace meisai::ui
