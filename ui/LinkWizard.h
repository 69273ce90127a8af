#pragma once

// Linking an issuer (or reconnecting one): pick the issuer and see who it
// is → Meisai's own consent screen (§3.4(2)i, roles §3.4(2)iii, reminders
// §3.4(3)) → the issuer's page in the system browser, with a waiting page →
// the result: granted against requested scopes, or why it failed and what to do.

#include "issuer/IssuerProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace meisai {
class LinkFlow;
}

namespace meisai::ui {

class AppContext;

class LinkWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkWizard)

public:
    enum Step { PickIssuer, Consent, Waiting, Result };

    // reconnectConnectionId non-zero: renew that connection (same id, history kept).
    LinkWizard(AppContext& app, const QString& issuerId = {}, qint64 reconnectConnectionId = 0,
               QWidget* parent = nullptr);
    ~LinkWizard() override;

    Step step() const;
    bool selectIssuer(const QString& issuerId);
    QPushButton* nextButton() const { return m_next; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* cancelButton() const { return m_cancel; }
    QCheckBox* agreeBox() const { return m_agree; }
    QLabel* continueHint() const { return m_continueHint; }
    QLabel* consentText() const { return m_consent; }
    QLabel* resultText() const { return m_result; }
    QString authorizationLink() const { return m_url; }
    qint64 connectionId() const { return m_connectionId; }
    bool succeeded() const { return m_succeeded; }

Q_SIGNALS:
    void linked(qint64 connectionId);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslate();
    void goTo(Step step);
    void showIssuer();
    void buildConsent();
    void startFlow();
    void onFinished(bool ok);
    QString whatToDo(const Error& error) const;
    QStringList chosenScopes() const;

    AppContext& m_app;
    qint64 m_reconnect;
    std::optional<IssuerProfile> m_issuer;
    QPointer<LinkFlow> m_flow;
    QString m_url;
    qint64 m_connectionId = 0;
    bool m_succeeded = false;

    QLabel* m_banner;
    QStackedWidget* m_stack;
    // pick
    QLabel* m_pickTitle;
    QLabel* m_pickIntro;
    QListWidget* m_issuers;
    QLabel* m_disclosures;
    // consent
    QLabel* m_consentTitle;
    QLabel* m_consent;
    QWidget* m_scopeBox;
    QVBoxLayout* m_scopeLayout;
    QList<QCheckBox*> m_scopeChecks;
    QLabel* m_roles;
    QLabel* m_reminders;
    QCheckBox* m_agree;
    // waiting
    QLabel* m_waitTitle;
    QLabel* m_waitText;
    QLabel* m_link;
    QPushButton* m_copy;
    QPushButton* m_reopen;
    // result
    QLabel* m_resultTitle;
    QLabel* m_result;
    // buttons
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_continue;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QLabel* m_continueHint;
};

} // namespace meisai::ui
