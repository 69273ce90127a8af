#pragma once

// What the store tests share: a fresh vault in a temporary profile, opened
// with a ManualClock, and raw SQLCipher access to its file behind the vault's
// back. Keychain mode (gnome-keyring on the private bus, as ./run test sets
// up): a vault is created in about 12 ms, where a passphrase vault spends
// about 175 ms in Argon2id, too slow for a fresh vault per table row.

#include "TempProfile.h"
#include "common/Clock.h"
#include "vault/Vault.h"
#include "vault/VaultKey.h"

#include <QDateTime>
#include <QFile>
#include <QtDebug>
#include <memory>
#include <sqlite3.h>

namespace meisai::test {

// The tests' "now": with milliseconds, which the vault keeps.
inline QDateTime storeTestStart()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 123), Qt::UTC);
}

class StoreFixture
{
public:
    StoreFixture() : m_clock(storeTestStart()) {}
    StoreFixture(const StoreFixture&) = delete;
    StoreFixture& operator=(const StoreFixture&) = delete;

    // Opens the vault (creating it the first time); false, with the reason logged, when it cannot.
    bool open()
    {
        UnlockOptions options;
        options.clock = &m_clock;
        auto opened = Vault::open(m_profile.dir(), std::move(options));
        if (!opened) {
            qWarning().noquote() << "the vault did not open:" << opened.error().message;
            return false;
        }
        m_vault = std::move(*opened);
        return true;
    }
    // Closes and opens again, so what is read next comes from the file.
    bool reopen()
    {
        m_vault.reset();
        return open();
    }
    void close() { m_vault.reset(); }

    Vault& vault() { return *m_vault; }
    ManualClock& clock() { return m_clock; }
    const TempProfile& profile() const { return m_profile; }
    QString databasePath() const { return m_profile.dir() + QStringLiteral("/vault.db"); }

    // The vault key, from the keychain entry of the profile.
    SecretBytes key() const
    {
        auto profile = Profile::load(m_profile.dir());
        if (!profile)
            return {};
        auto key = Keychain::read(profile->id());
        return key ? std::move(*key) : SecretBytes();
    }

    // A connection for the rows of the other stores to belong to; -1 when it cannot be added.
    qint64 addConnection(const QString& issuerId = QStringLiteral("hoshizora-card"))
    {
        Connection c;
        c.issuerId = issuerId;
        c.label = QStringLiteral("ほしぞらカード");
        c.status = ConnectionStatus::Active;
        auto id = m_vault->connections().add(c);
        return id ? *id : -1;
    }

    // One value read through the vault's own connection, past the stores; -1 / a null string on error.
    qint64 queryInt(const char* sql)
    {
        auto v = m_vault->database().queryInt(sql);
        return v ? *v : -1;
    }
    QString queryText(const char* sql)
    {
        auto stmt = m_vault->database().prepare(sql);
        if (!stmt)
            return {};
        auto row = stmt->step();
        return row && *row ? stmt->text(0) : QString();
    }

    // Runs sql on the closed vault's file with raw SQLCipher, as someone holding
    // the key would; returns SQLite's result code. The vault stays closed.
    int rawExec(const QByteArray& sql)
    {
        m_vault.reset();
        const SecretBytes k = key();
        sqlite3* db = nullptr;
        int rc = sqlite3_open(QFile::encodeName(databasePath()).constData(), &db);
        if (rc == SQLITE_OK) {
            QByteArray raw = k.toByteArray();
            QByteArray hex = raw.toHex();
            QByteArray keyed = "PRAGMA key = \"x'" + hex + "'\"; PRAGMA cipher_page_size = 4096;";
            rc = sqlite3_exec(db, keyed.constData(), nullptr, nullptr, nullptr);
            SecretBytes::wipe(raw);
            SecretBytes::wipe(hex);
            SecretBytes::wipe(keyed);
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            qWarning("raw SQLCipher: %s", sqlite3_errmsg(db));
        sqlite3_close(db);
        return rc;
    }

private:
    TempProfile m_profile; // destroyed last, with its keychain entry
    ManualClock m_clock;
    std::unique_ptr<Vault> m_vault;
};

} // namespace meisai::test
