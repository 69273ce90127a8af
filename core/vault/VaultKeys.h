#pragma once

// The purpose-specific subkeys of a vault, derived from the vault key with
// HKDF-SHA256 when the vault is opened and held only in memory (SecretBytes,
// wiped when the vault closes). Each purpose has its own info string, so a
// value keyed for one purpose says nothing about another, and none of them is
// the SQLCipher key itself.
//
//   panFingerprint  "meisai pan-fingerprint v1"  PAN-like identifiers (PanGuard)
//   auditMac        "meisai audit-mac v1"        the audit chain's links
//   anchorSign      "meisai anchor-sign v1"      the chain head kept in profile.json

#include "common/SecretBytes.h"

namespace meisai {

class VaultKeys
{
public:
    VaultKeys() = default; // no keys: nothing can be keyed
    static VaultKeys derive(const SecretBytes& vaultKey);

    VaultKeys(VaultKeys&&) noexcept = default;
    VaultKeys& operator=(VaultKeys&&) noexcept = default;
    VaultKeys(const VaultKeys&) = delete;
    VaultKeys& operator=(const VaultKeys&) = delete;

    bool isEmpty() const { return m_auditMac.isEmpty(); }
    const SecretBytes& panFingerprint() const { return m_panFingerprint; }
    const SecretBytes& auditMac() const { return m_auditMac; }
    const SecretBytes& anchorSign() const { return m_anchorSign; }

private:
    SecretBytes m_panFingerprint;
    SecretBytes m_auditMac;
    SecretBytes m_anchorSign;
};

} // namespace meisai
