#include "Unlock.h"

#include "Ask.h"
#include "security/PasswordCheck.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meisai::ui {

namespace {
SecretBytes takeText(QLineEdit* edit)
{
    QByteArray bytes = edit->text().toUtf8();
    edit->clear();
    return SecretBytes::takeFrom(bytes);
}
} // namespace

std::optional<SecretBytes> Unlock::askPassphrase(QWidget* parent, const QString& message)
{
    QDialog dlg(parent);
    dlg.setWindowTitle(tr("Unlock Meisai"));
    auto* l = new QVBoxLayout(&dlg);
    auto* text = new QLabel(message, &dlg);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    l->addWidget(text);
    auto* edit = new QLineEdit(&dlg);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(tr("Passphrase"));
    l->addWidget(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    l->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    dlg.resize(440, dlg.sizeHint().height());
    if (dlg.exec() != QDialog::Accepted)
        return std::nullopt;
    return takeText(edit);
}

std::optional<SecretBytes> Unlock::askNewPassphrase(QWidget* parent, const QString& why, const QString& profileDir)
{
    QDialog dlg(parent);
    dlg.setWindowTitle(tr("Create a passphrase for Meisai"));
    auto* l = new QVBoxLayout(&dlg);
    auto* text = new QLabel(why + QStringLiteral("\n\n")
                                + tr("Choose a long passphrase that you use nowhere else — not the password of "
                                     "any card issuer. Nobody can recover it for you."),
                            &dlg);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    l->addWidget(text);
    auto* form = new QFormLayout;
    auto* first = new QLineEdit(&dlg);
    auto* second = new QLineEdit(&dlg);
    first->setEchoMode(QLineEdit::Password);
    second->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase"), first);
    form->addRow(tr("&Repeat"), second);
    l->addLayout(form);
    auto* hint = new QLabel(&dlg);
    hint->setObjectName(QStringLiteral("passphraseHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    l->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    l->addWidget(buttons);
    // The same judgement as PasswordCheck::checkNewVaultPassphrase(), live: words an attacker of
    // this machine may know (user, host, profile folder, issuers) count against the passphrase.
    const QStringList knownWords = PasswordCheck::knownWords(profileDir);
    auto check = [&] {
        QByteArray typed = first->text().toUtf8();
        const PasswordAssessment a = PasswordCheck::assess(SecretBytes::takeFrom(typed), knownWords);
        const bool same = first->text() == second->text();
        if (first->text().isEmpty())
            hint->setText(tr("At least %1 characters; four or more unrelated words are a good choice.")
                              .arg(PasswordCheck::kMinLength));
        else if (!a.acceptable)
            hint->setText(a.reason + QLatin1Char('\n') + a.suggestion);
        else if (!same)
            hint->setText(tr("Strong enough. Now repeat it: the two entries differ."));
        else
            hint->setText(tr("Strong enough, and both entries match."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(a.acceptable && same);
    };
    QObject::connect(first, &QLineEdit::textChanged, &dlg, check);
    QObject::connect(second, &QLineEdit::textChanged, &dlg, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    check();
    dlg.resize(480, dlg.sizeHint().height());
    if (dlg.exec() != QDialog::Accepted)
        return std::nullopt;
    second->clear();
    return takeText(first);
}

std::unique_ptr<Vault> Unlock::run(const QString& profileDir, QWidget* parent)
{
    auto profile = Profile::load(profileDir);
    if (!profile) {
        Ask::inform(parent, tr("Meisai"), profile.error().message);
        return nullptr;
    }
    if (profile->exists() && profile->keyMode() == KeyMode::Passphrase) {
        QString message = tr("Enter the passphrase of your Meisai data.");
        for (;;) {
            auto pass = askPassphrase(parent, message);
            if (!pass)
                return nullptr;
            UnlockOptions o;
            o.passphrase = std::move(*pass);
            auto vault = Vault::open(profileDir, std::move(o));
            if (vault)
                return std::move(vault.value());
            message = vault.error().message;
        }
    }
    auto vault = Vault::open(profileDir);
    if (vault)
        return std::move(vault.value());
    const Error error = vault.error();
    if (error.code == ErrorCode::Keychain && !profile->exists()) {
        const int choice = Ask::choose(parent, tr("Meisai"),
                                       error.message + QStringLiteral("\n\n")
                                           + tr("Meisai never keeps your data unencrypted. You can protect it with "
                                                "a passphrase instead, which you will enter at every start."),
                                       {tr("Use a passphrase"), tr("Quit")}, 0, true);
        if (choice != 0)
            return nullptr;
        auto pass = askNewPassphrase(parent, error.message, profileDir);
        if (!pass)
            return nullptr;
        // The dialog only lets an acceptable passphrase through; this is the rule itself, before creating.
        if (Status strong = PasswordCheck::checkNewVaultPassphrase(*pass, profileDir); !strong) {
            Ask::inform(parent, tr("Meisai"), strong.error().message);
            return nullptr;
        }
        UnlockOptions o;
        o.passphrase = std::move(*pass);
        auto created = Vault::open(profileDir, std::move(o));
        if (created)
            return std::move(created.value());
        Ask::inform(parent, tr("Meisai"), created.error().message);
        return nullptr;
    }
    Ask::inform(parent, tr("Meisai"), error.message);
    return nullptr;
}

} // namespace meisai::ui
