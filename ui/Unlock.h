#pragma once

// Unlocking the profile's vault at start: the keychain, or the passphrase
// prompt in passphrase mode. Where the keychain cannot be used, the vault's
// own message is shown and the user may create a passphrase vault instead
// (never a plaintext one).

#include "vault/Vault.h"

#include <memory>

class QWidget;

namespace meisai::ui {

class Unlock
{
    Q_DECLARE_TR_FUNCTIONS(meisai::ui::Unlock)

public:
    // Returns the open vault, or nullptr when the user gave up (the error was shown).
    static std::unique_ptr<Vault> run(const QString& profileDir, QWidget* parent = nullptr);
    // Asks for a new passphrase twice for a new vault in profileDir, with the live strength
    // assessment; Create is enabled only for an acceptable passphrase entered twice. Empty when cancelled.
    static std::optional<SecretBytes> askNewPassphrase(QWidget* parent, const QString& why,
                                                       const QString& profileDir);
    static std::optional<SecretBytes> askPassphrase(QWidget* parent, const QString& message);
};

} // namespace meisai::ui
