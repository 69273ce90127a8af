#include "VaultKeys.h"

#include "common/Mac.h"

namespace meisai {

VaultKeys VaultKeys::derive(const SecretBytes& vaultKey)
{
    VaultKeys keys;
    keys.m_panFingerprint = Mac::hkdfSha256(vaultKey, "meisai pan-fingerprint v1");
    keys.m_auditMac = Mac::hkdfSha256(vaultKey, "meisai audit-mac v1");
    keys.m_anchorSign = Mac::hkdfSha256(vaultKey, "meisai anchor-sign v1");
    return keys;
}

} // namespace meisai
