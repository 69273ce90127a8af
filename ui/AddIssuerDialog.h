#pragma once

// Adding an issuer that Meisai does not bundle: from a profile file (format 1,
// docs/issuer-profiles.md; a ca_file in it is relative to the file and gets
// embedded), or from the issuer's discovery address (IssuerProbe), where the
// user fills in what the issuer does not publish. Either way the profile's
// disclosures are reviewed before IssuerRegistrar registers it. A profile
// that would move linked connections to another issuer identifier is refused;
// the user may then replace the issuer, which revokes those connections at
// the old issuer first.

#include "issuer/IssuerProfile.h"
#include "oauth/Discovery.h"
#include "oauth/IssuerRegistrar.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace meisai::ui {

class AppContext;

class AddIssuerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddIssuerDialog)

public:
    enum Page { Choose, FromFile, FromDiscovery, Complete, Review, Done };
    // The inputs of the Complete page (what the user fills in after reading the discovery address).
    enum Field {
        Id, ClientId, DisplayNameJa, DisplayNameEn, LegalNameJa, LegalNameEn, InquiryNameJa, InquiryNameEn,
        InquiryPhone, InquiryEmail, InquiryUrl, ApiBaseUrl, FieldCount
    };

    explicit AddIssuerDialog(AppContext& app, QWidget* parent = nullptr);
    ~AddIssuerDialog() override;

    Page page() const;
    bool isBusy() const { return m_busyCount > 0; }

    QRadioButton* fromFileChoice() const { return m_fromFile; }
    QRadioButton* fromDiscoveryChoice() const { return m_fromDiscovery; }
    QLineEdit* filePathEdit() const { return m_filePath; }
    // The problems shown, one an entry (empty when none are shown).
    QStringList fileProblems() const;
    QLineEdit* discoveryUrlEdit() const { return m_discoveryUrl; }
    QLineEdit* discoveryClientIdEdit() const { return m_discoveryClientId; }
    QLineEdit* discoveryCaFileEdit() const { return m_caFile; }
    QLineEdit* discoveryIdEdit() const { return m_discoveryId; }
    QLabel* discoveryMessage() const { return m_discoveryMessage; }
    QLineEdit* field(Field f) const { return m_fields[f]; }
    QCheckBox* scopeBox(const QString& scope) const;
    QLineEdit* scopePurposeEdit(const QString& scope, const QString& language) const;
    QStringList formProblems() const;
    // Everything the review page shows about the profile, as the user reads it.
    QString reviewText() const;
    QLabel* reviewMessage() const { return m_reviewMessage; }
    QLabel* resultText() const { return m_result; }

    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* closeButton() const { return m_close; }

    // The profile as it would be added now (from the file, or the draft and the form).
    const IssuerProfile& profile() const { return m_profile; }

Q_SIGNALS:
    void issuerAdded(const QString& issuerId);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct ScopeRow
    {
        QString name;
        bool required = true;
        QCheckBox* box = nullptr;
        QLineEdit* purposeJa = nullptr;
        QLineEdit* purposeEn = nullptr;
    };

    void retranslate();
    void goTo(Page page);
    void next();
    void back();
    void setBusy(bool busy, const QString& what = {});
    void updateButtons();
    void refit();

    void browseProfileFile();
    void browseCaFile();
    void readProfileFile();
    void checkAgainstIssuer();
    void showFileProblems(const QString& heading, const QStringList& problems);

    void readDiscovery();
    void fillForm();
    IssuerProfile profileFromForm() const;
    void revalidateForm();

    void showReview();
    QString caDescription() const;
    void registerProfile(bool replace);
    void showDone(const IssuerRegistrar::Report& report);

    AppContext& m_app;
    QList<Page> m_history;
    int m_busyCount = 0;
    bool m_registering = false;
    bool m_mismatch = false;
    bool m_formOk = false;

    IssuerProfile m_profile;       // the profile to review and add
    IssuerProfile m_draft;         // from the discovery address, before the form
    QStringList m_offeredScopes;   // what the discovery document says the issuer offers
    bool m_hasPublicProfile = false;
    QStringList m_notes;           // warnings that do not stop the adding
    QUrl m_discoveredApiBase;      // the card API named by the issuer's discovery document
    QString m_reviewError;
    std::optional<IssuerRegistrar::Report> m_report;

    QLabel* m_banner;
    QStackedWidget* m_stack;
    QScrollArea* m_completeScroll;
    QScrollArea* m_reviewScroll;
    // choose
    QLabel* m_chooseTitle;
    QLabel* m_chooseIntro;
    QRadioButton* m_fromFile;
    QLabel* m_fromFileHint;
    QRadioButton* m_fromDiscovery;
    QLabel* m_fromDiscoveryHint;
    // from a file
    QLabel* m_fileTitle;
    QLabel* m_fileIntro;
    QLabel* m_filePathLabel;
    QLineEdit* m_filePath;
    QPushButton* m_browseFile;
    QLabel* m_fileProblemsTitle;
    QFrame* m_fileProblems;
    // from the discovery address
    QLabel* m_discoveryTitle;
    QLabel* m_discoveryIntro;
    QLabel* m_discoveryUrlLabel;
    QLineEdit* m_discoveryUrl;
    QLabel* m_discoveryClientIdLabel;
    QLineEdit* m_discoveryClientId;
    QLabel* m_caFileLabel;
    QLineEdit* m_caFile;
    QPushButton* m_browseCa;
    QLabel* m_discoveryIdLabel;
    QLineEdit* m_discoveryId;
    QLabel* m_discoveryMessage;
    // complete the draft
    QLabel* m_completeTitle;
    QLabel* m_completeIntro;
    QLabel* m_formProblemsTitle;
    QFrame* m_formProblems;
    QLabel* m_formNote;
    QLabel* m_jaHead;
    QLabel* m_enHead;
    QLabel* m_fieldLabels[FieldCount];
    QLineEdit* m_fields[FieldCount];
    QLabel* m_scopesTitle;
    QLabel* m_scopesIntro;
    QWidget* m_scopeCard;
    QGridLayout* m_scopeGrid;
    QLabel* m_scopeJaHead = nullptr;
    QLabel* m_scopeEnHead = nullptr;
    QList<ScopeRow> m_scopeRows;
    // review
    QLabel* m_reviewTitle;
    QLabel* m_reviewIntro;
    QWidget* m_reviewCard;
    QGridLayout* m_reviewGrid;
    QList<QLabel*> m_reviewLabels;
    QLabel* m_reviewNotes;
    QLabel* m_reviewMessage;
    // done
    QLabel* m_resultTitle;
    QLabel* m_result;
    // progress and buttons
    QProgressBar* m_busy;
    QLabel* m_busyText;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_add;
    QPushButton* m_replace;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace meisai::ui
