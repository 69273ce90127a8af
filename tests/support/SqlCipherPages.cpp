#include "SqlCipherPages.h"

#include <QFile>

#include <openssl/evp.h>

namespace meisai::test {

namespace {

constexpr int kReserve = 48; // IV (16) + HMAC-SHA1 (20), rounded up to the AES block size
constexpr int kIvSize = 16;

QByteArray decryptPage(const unsigned char* page, int pageSize, bool firstPage, const SecretBytes& key)
{
    const int offset = firstPage ? 16 : 0; // page 1 starts with the salt, stored in the clear
    const int length = pageSize - kReserve - offset;
    const unsigned char* iv = page + pageSize - kReserve;
    QByteArray out(length, '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int outLen = 0, finalLen = 0;
    EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), iv);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &outLen, page + offset, length);
    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + outLen, &finalLen);
    EVP_CIPHER_CTX_free(ctx);
    Q_UNUSED(kIvSize);
    return out;
}

} // namespace

QByteArray decryptSqlCipherPages(const QString& databasePath, const SecretBytes& key, int pageSize)
{
    QByteArray plain;
    QFile db(databasePath);
    if (db.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = db.readAll();
        for (qsizetype off = 0; off + pageSize <= bytes.size(); off += pageSize)
            plain += decryptPage(reinterpret_cast<const unsigned char*>(bytes.constData() + off), pageSize, off == 0,
                                 key);
    }
    QFile wal(databasePath + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = wal.readAll();
        constexpr int walHeader = 32, frameHeader = 24;
        for (qsizetype off = walHeader; off + frameHeader + pageSize <= bytes.size(); off += frameHeader + pageSize) {
            const auto* frame = reinterpret_cast<const unsigned char*>(bytes.constData() + off);
            const quint32 pageNo = (quint32(frame[0]) << 24) | (quint32(frame[1]) << 16) | (quint32(frame[2]) << 8)
                                   | quint32(frame[3]);
            plain += decryptPage(frame + frameHeader, pageSize, pageNo == 1, key);
        }
    }
    return plain;
}

bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

} // namespace meisai::test
