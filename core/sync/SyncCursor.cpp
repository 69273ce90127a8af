#include "SyncCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace meisai {

namespace {

QDate dateField(const QJsonObject& o, const char* key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

void putDate(QJsonObject& o, const char* key, const QDate& d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), d.toString(Qt::ISODate));
}

} // namespace

SyncCursor SyncCursor::fromJson(const QString& text)
{
    SyncCursor c;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    if (root.value(QStringLiteral("v")).toInt() != 1)
        return c;
    c.failures = root.value(QStringLiteral("failures")).toInt();
    const QJsonObject cards = root.value(QStringLiteral("cards")).toObject();
    for (auto it = cards.begin(); it != cards.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CardCursor cc;
        cc.syncedTo = dateField(o, "syncedTo");
        cc.oldestOpen = dateField(o, "oldestOpen");
        const QJsonObject r = o.value(QStringLiteral("resume")).toObject();
        if (!r.isEmpty()) {
            cc.resuming = true;
            cc.resumeFrom = dateField(r, "from");
            cc.resumeTo = dateField(r, "to");
            cc.resumeKey = r.value(QStringLiteral("key")).toString();
            cc.resumeOldestOpen = dateField(r, "oldestOpen");
            if (!cc.resumeFrom.isValid() || !cc.resumeTo.isValid() || cc.resumeKey.isEmpty())
                cc.resuming = false;
        }
        c.cards.insert(it.key(), cc);
    }
    return c;
}

QString SyncCursor::toJson() const
{
    QJsonObject cardsObject;
    for (auto it = cards.begin(); it != cards.end(); ++it) {
        QJsonObject o;
        putDate(o, "syncedTo", it->syncedTo);
        putDate(o, "oldestOpen", it->oldestOpen);
        if (it->resuming) {
            QJsonObject r;
            putDate(r, "from", it->resumeFrom);
            putDate(r, "to", it->resumeTo);
            r.insert(QStringLiteral("key"), it->resumeKey);
            putDate(r, "oldestOpen", it->resumeOldestOpen);
            o.insert(QStringLiteral("resume"), r);
        }
        cardsObject.insert(it.key(), o);
    }
    const QJsonObject root{{QStringLiteral("v"), 1}, {QStringLiteral("failures"), failures},
                           {QStringLiteral("cards"), cardsObject}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace meisai
