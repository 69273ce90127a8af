#include "VaultKey.h"

#include "common/Log.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <argon2.h>

#include <openssl/rand.h>

namespace meisai {

namespace {

// Runs a QtKeychain job to completion (or timeout) on a local event loop.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keychainError(const QKeychain::Job& job, bool finished, int timeoutMs)
{
    const QString reason = finished ? job.errorString()
                                    : Keychain::tr("the keychain did not answer within %1 seconds").arg(timeoutMs / 1000);
    return makeError(ErrorCode::Keychain,
                     Keychain::tr("The system keychain could not be used (%1). Meisai never stores the vault key "
                                  "unprotected. Start your keychain (for example GNOME Keyring or KWallet) and try "
                                  "again, or use passphrase mode instead: the vault key is then derived from a "
                                  "passphrase you type (--passphrase, or MEISAI_PASSPHRASE for scripts).")
                         .arg(reason));
}

} // namespace

QString Keychain::entryName(const QString& profileId)
{
    return QStringLiteral("vault-key:") + profileId;
}

Result<SecretBytes> Keychain::read(const QString& profileId, int timeoutMs)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setInsecureFallback(false);
    job.setKey(entryName(profileId));
    const bool finished = runJob(job, timeoutMs);
    if (finished && job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorCode::Keychain,
                         tr("The key of this vault is not in the system keychain (entry \"%1\" of service \"%2\"). "
                            "Without it the vault cannot be opened; restore the keychain entry or a backup.")
                             .arg(entryName(profileId), QString::fromLatin1(service)));
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished, timeoutMs);
    QByteArray data = job.binaryData();
    SecretBytes key = SecretBytes::takeFrom(data);
    if (key.size() != 32)
        return makeError(ErrorCode::KeyMismatch,
                         tr("The vault key in the system keychain is damaged (wrong length)."));
    return key;
}

Status Keychain::write(const QString& profileId, const SecretBytes& key, int timeoutMs)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setInsecureFallback(false);
    job.setKey(entryName(profileId));
    QByteArray data = key.toByteArray();
    job.setBinaryData(data);
    SecretBytes::wipe(data);
    const bool finished = runJob(job, timeoutMs);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished, timeoutMs);
    return {};
}

Status Keychain::remove(const QString& profileId, int timeoutMs)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setInsecureFallback(false);
    job.setKey(entryName(profileId));
    const bool finished = runJob(job, timeoutMs);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound))
        return {};
    return keychainError(job, finished, timeoutMs);
}

KdfParams PassphraseKdf::freshParams()
{
    KdfParams p;
    p.salt.resize(16);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(p.salt.data()), int(p.salt.size())) != 1)
        std::abort();
    return p;
}

Result<SecretBytes> PassphraseKdf::derive(const SecretBytes& passphrase, const KdfParams& p)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase is empty."));
    SecretBytes key(32);
    const int rc = argon2id_hash_raw(p.iterations, p.memoryKiB, p.parallelism, passphrase.data(), passphrase.size(),
                                     p.salt.constData(), std::size_t(p.salt.size()), key.data(), key.size());
    if (rc != ARGON2_OK)
        return makeError(ErrorCode::Unknown,
                         tr("The key could not be derived from the passphrase (%1).")
                             .arg(QString::fromUtf8(argon2_error_message(rc))));
    return key;
}

} // namespace meisai
