#include "TempProfile.h"

#include "vault/VaultKey.h"

#include <QDirIterator>
#include <QFile>

namespace meisai::test {

TempProfile::TempProfile() = default;

TempProfile::~TempProfile()
{
    auto p = Profile::load(dir());
    if (p && p->exists() && p->keyMode() == KeyMode::Keychain)
        (void)Keychain::remove(p->id(), 3000);
}

QStringList TempProfile::files() const
{
    QStringList out;
    QDirIterator it(dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

QByteArray TempProfile::readAll() const
{
    QByteArray all;
    for (const QString& path : files()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QList<CardTransaction> sampleTransactions(qint64 connectionId, const QString& cardId, int count,
                                          const QString& merchantPrefix)
{
    QList<CardTransaction> out;
    out.reserve(count);
    const QDate base(2026, 1, 1);
    for (int i = 0; i < count; ++i) {
        CardTransaction t;
        t.connectionId = connectionId;
        t.cardId = cardId;
        t.transactionId = QStringLiteral("T%1").arg(i, 8, 10, QLatin1Char('0'));
        t.useDate = base.addDays(i % 300);
        t.postingDate = t.useDate.addDays(2);
        t.merchantName = merchantPrefix + QString::number(i % 97);
        t.remarks = (i % 5 == 0) ? QStringLiteral("備考%1").arg(i) : QString();
        t.holderType = (i % 7 == 0) ? HolderType::Family : HolderType::Principal;
        t.amount = 100 + (i * 37) % 50000;
        t.paymentMethod = PaymentMethod::OneTime;
        t.installmentCount = 1;
        t.paymentAmount = t.amount;
        t.feeAmount = 0;
        t.paymentMonth = t.useDate.addMonths(1).toString(u"yyyy-MM");
        t.status = (i % 11 == 0) ? TransactionStatus::Unconfirmed : TransactionStatus::Confirmed;
        t.approvalNumber = QString::number(100000 + i);
        if (i % 13 == 0) {
            t.foreign.localAmount = QStringLiteral("12.34");
            t.foreign.currencyCode = QStringLiteral("USD");
            t.foreign.conversionRate = QStringLiteral("151.234");
            t.foreign.conversionDate = t.useDate;
        }
        t.fetchedAt = QDateTime(base.startOfDay(Qt::UTC));
        out.append(t);
    }
    return out;
}

} // namespace meisai::test
