// The commands that only read (or verify) the vault: connections,
// transactions, statements, alerts, audit.

#include "Cli.h"
#include "model/Month.h"
#include "security/AlertRules.h"
#include "Terminal.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace meisai::cli {

namespace {

QJsonValue jsonDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonTime(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString csvTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

int Cli::cmdConnections()
{
    if (!m_args.isEmpty())
        return failUsage(tr("connections takes no arguments."));
    auto format = outputFormat();
    if (!format)
        return fail(format.error());
    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    auto list = (*v)->connections().list();
    if (!list)
        return fail(list.error());

    auto hasTokens = [&](qint64 id) {
        auto t = (*v)->tokens().get(id);
        return t.ok() && t->has_value();
    };

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray out;
        for (const Connection& c : *list) {
            out.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("issuerId"), c.issuerId},
                {QStringLiteral("issuerName"), issuerName(c.issuerId)},
                {QStringLiteral("label"), c.label},
                {QStringLiteral("status"), toString(c.status)},
                {QStringLiteral("requestedScopes"), QJsonArray::fromStringList(c.requestedScopes)},
                {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(c.grantedScopes)},
                {QStringLiteral("consentGrantedAt"), jsonTime(c.consentGrantedAt)},
                {QStringLiteral("consentExpiresAt"), jsonTime(c.consentExpiresAt)},
                {QStringLiteral("lastSyncAt"), jsonTime(c.lastSyncAt)},
                {QStringLiteral("nextSyncAt"), jsonTime(c.nextSyncAt)},
                {QStringLiteral("lastError"), c.lastError},
                {QStringLiteral("createdAt"), jsonTime(c.createdAt)},
                {QStringLiteral("hasTokens"), hasTokens(c.id)},
                {QStringLiteral("binding"),
                 QJsonObject{{QStringLiteral("issuer"), c.binding.issuer.toString()},
                             {QStringLiteral("tokenEndpoint"), c.binding.tokenEndpoint.toString()},
                             {QStringLiteral("revocationEndpoint"), c.binding.revocationEndpoint.toString()},
                             {QStringLiteral("apiBaseUrl"), c.binding.apiBaseUrl.toString()}}},
            });
        }
        writeOut(jsonText(out));
        break;
    }
    case OutputFormat::Csv: {
        QString out = csvRecord({QStringLiteral("id"), QStringLiteral("issuerId"), QStringLiteral("label"),
                                 QStringLiteral("status"), QStringLiteral("requestedScopes"),
                                 QStringLiteral("grantedScopes"), QStringLiteral("consentExpiresAt"),
                                 QStringLiteral("lastSyncAt"), QStringLiteral("lastError")});
        for (const Connection& c : *list)
            out += csvRecord({c.id, c.issuerId, c.label, toString(c.status),
                              c.requestedScopes.join(QLatin1Char(' ')), c.grantedScopes.join(QLatin1Char(' ')),
                              csvTime(c.consentExpiresAt), csvTime(c.lastSyncAt), c.lastError});
        writeCsv(out);
        break;
    }
    case OutputFormat::Table: {
        if (list->isEmpty()) {
            writeOut(tr("No connections yet. Link an account with: meisai-cli link ISSUER") + QLatin1Char('\n'));
            break;
        }
        TextTable table;
        table.addColumn(QStringLiteral("#"), TextTable::Right);
        table.addColumn(tr("Issuer"), TextTable::Left, 24);
        table.addColumn(tr("Status"));
        table.addColumn(tr("Granted scopes"), TextTable::Left, 40);
        table.addColumn(tr("Consent until"));
        table.addColumn(tr("Last sync"));
        table.addColumn(tr("Last error"), TextTable::Left, 48);
        for (const Connection& c : *list) {
            QString scopes = c.grantedScopes.join(QLatin1Char(' '));
            if (!c.requestedScopes.isEmpty() && c.grantedScopes != c.requestedScopes)
                scopes += tr(" (asked: %1)").arg(c.requestedScopes.join(QLatin1Char(' ')));
            table.addRow({QString::number(c.id), issuerName(c.issuerId), label(c.status), scopes,
                          localTime(c.consentExpiresAt), localTime(c.lastSyncAt),
                          c.lastError.isEmpty() ? QStringLiteral("-") : c.lastError});
        }
        writeOut(table.render());
        break;
    }
    }
    return ExitOk;
}

int Cli::cmdTransactions()
{
    if (!m_args.isEmpty())
        return failUsage(tr("transactions takes no arguments; use --month, --card or --connection to filter."));
    auto format = outputFormat();
    if (!format)
        return fail(format.error());
    TransactionQuery query;
    const QString month = m_parser.value(QStringLiteral("month"));
    if (!month.isEmpty() && !isMonth(month))
        return failUsage(tr("--month needs a month as YYYY-MM, e.g. 2026-03."));
    query.paymentMonth = month;
    query.cardId = m_parser.value(QStringLiteral("card"));

    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    if (m_parser.isSet(QStringLiteral("connection"))) {
        auto c = resolveConnection(m_parser.value(QStringLiteral("connection")));
        if (!c)
            return fail(c.error());
        query.connectionId = c->id;
    }
    auto rows = (*v)->transactions().query(query);
    if (!rows)
        return fail(rows.error());
    QHash<qint64, QString> issuerOf;
    if (auto conns = (*v)->connections().list())
        for (const Connection& c : *conns)
            issuerOf.insert(c.id, c.issuerId);

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray out;
        for (const CardTransaction& t : *rows) {
            QJsonObject o{
                {QStringLiteral("connectionId"), t.connectionId},
                {QStringLiteral("issuerId"), issuerOf.value(t.connectionId)},
                {QStringLiteral("cardId"), t.cardId},
                {QStringLiteral("transactionId"), t.transactionId},
                {QStringLiteral("useDate"), jsonDate(t.useDate)},
                {QStringLiteral("postingDate"), jsonDate(t.postingDate)},
                {QStringLiteral("merchantName"), t.merchantName},
                {QStringLiteral("remarks"), t.remarks},
                {QStringLiteral("holderType"), toString(t.holderType)},
                {QStringLiteral("amount"), t.amount},
                {QStringLiteral("paymentMethod"), toString(t.paymentMethod)},
                {QStringLiteral("installmentCount"), t.installmentCount},
                {QStringLiteral("paymentAmount"), t.paymentAmount},
                {QStringLiteral("feeAmount"), t.feeAmount},
                {QStringLiteral("paymentMonth"), t.paymentMonth},
                {QStringLiteral("status"), toString(t.status)},
                {QStringLiteral("approvalNumber"), t.approvalNumber},
                {QStringLiteral("fetchedAt"), jsonTime(t.fetchedAt)},
            };
            if (t.foreign.isEmpty())
                o.insert(QStringLiteral("foreign"), QJsonValue());
            else
                o.insert(QStringLiteral("foreign"),
                         QJsonObject{{QStringLiteral("localAmount"), t.foreign.localAmount},
                                     {QStringLiteral("currencyCode"), t.foreign.currencyCode},
                                     {QStringLiteral("conversionRate"), t.foreign.conversionRate},
                                     {QStringLiteral("conversionDate"), jsonDate(t.foreign.conversionDate)}});
            out.append(o);
        }
        writeOut(jsonText(out));
        break;
    }
    case OutputFormat::Csv: {
        QString out = csvRecord(
            {QStringLiteral("connectionId"), QStringLiteral("issuerId"), QStringLiteral("cardId"),
             QStringLiteral("transactionId"), QStringLiteral("useDate"), QStringLiteral("postingDate"),
             QStringLiteral("merchantName"), QStringLiteral("remarks"), QStringLiteral("holderType"),
             QStringLiteral("amount"), QStringLiteral("paymentMethod"), QStringLiteral("installmentCount"),
             QStringLiteral("paymentAmount"), QStringLiteral("feeAmount"), QStringLiteral("paymentMonth"),
             QStringLiteral("status"), QStringLiteral("approvalNumber"), QStringLiteral("foreignLocalAmount"),
             QStringLiteral("foreignCurrencyCode"), QStringLiteral("foreignConversionRate"),
             QStringLiteral("foreignConversionDate")});
        for (const CardTransaction& t : *rows)
            out += csvRecord({t.connectionId, issuerOf.value(t.connectionId), t.cardId,
                              t.transactionId, dateText(t.useDate), dateText(t.postingDate), t.merchantName,
                              t.remarks, toString(t.holderType), t.amount, toString(t.paymentMethod),
                              t.installmentCount, t.paymentAmount,
                              t.feeAmount, t.paymentMonth, toString(t.status), t.approvalNumber,
                              CsvCell::decimal(t.foreign.localAmount), t.foreign.currencyCode,
                              CsvCell::decimal(t.foreign.conversionRate),
                              dateText(t.foreign.conversionDate)});
        writeCsv(out);
        break;
    }
    case OutputFormat::Table: {
        if (rows->isEmpty()) {
            writeOut(tr("No transactions match.") + QLatin1Char('\n'));
            break;
        }
        TextTable table;
        table.addColumn(tr("Date"));
        table.addColumn(tr("Issuer"), TextTable::Left, 16);
        table.addColumn(tr("Card"), TextTable::Left, 12);
        table.addColumn(tr("Merchant"), TextTable::Left, 32);
        table.addColumn(tr("Amount"), TextTable::Right);
        table.addColumn(tr("Billed"));
        table.addColumn(tr("Payment"));
        table.addColumn(tr("Status"));
        table.addColumn(tr("Foreign"));
        qint64 total = 0;
        QStringList issuers;
        QDateTime fetched;
        for (const CardTransaction& t : *rows) {
            if (t.status != TransactionStatus::Cancelled)
                total += t.amount;
            const QString issuer = issuerOf.value(t.connectionId);
            if (!issuers.contains(issuer))
                issuers.append(issuer);
            if (!fetched.isValid() || t.fetchedAt > fetched)
                fetched = t.fetchedAt;
            QString method = label(t.paymentMethod);
            if (t.installmentCount > 1)
                method += QStringLiteral(" ×%1").arg(t.installmentCount);
            table.addRow({dateText(t.useDate), issuerName(issuer), t.cardId, t.merchantName, formatYen(t.amount),
                          t.paymentMonth, method, label(t.status),
                          t.foreign.isEmpty() ? QString()
                                              : t.foreign.localAmount + QLatin1Char(' ') + t.foreign.currencyCode});
        }
        writeOut(table.render());
        writeOut(tr("%1 transactions, %2 in total (cancelled ones left out).")
                     .arg(groupThousands(rows->size()), formatYen(total))
                 + QLatin1Char('\n') + provenanceFooter(issuers, fetched));
        break;
    }
    }
    return ExitOk;
}

int Cli::cmdStatements()
{
    if (!m_args.isEmpty())
        return failUsage(tr("statements takes no arguments; use --month, --card or --connection to filter."));
    auto format = outputFormat();
    if (!format)
        return fail(format.error());
    const QString month = m_parser.value(QStringLiteral("month"));
    if (!month.isEmpty() && !isMonth(month))
        return failUsage(tr("--month needs a month as YYYY-MM, e.g. 2026-03."));
    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    qint64 connectionId = 0;
    if (m_parser.isSet(QStringLiteral("connection"))) {
        auto c = resolveConnection(m_parser.value(QStringLiteral("connection")));
        if (!c)
            return fail(c.error());
        connectionId = c->id;
    }
    auto list = (*v)->statements().list(connectionId, m_parser.value(QStringLiteral("card")));
    if (!list)
        return fail(list.error());
    QHash<qint64, QString> issuerOf;
    if (auto conns = (*v)->connections().list())
        for (const Connection& c : *conns)
            issuerOf.insert(c.id, c.issuerId);

    struct Row
    {
        CardStatement s;
        qint64 stored = 0;
    };
    QList<Row> rows;
    for (const CardStatement& s : *list) {
        if (!month.isEmpty() && s.billingMonth != month)
            continue;
        auto stored = (*v)->transactions().billedTotal(s.connectionId, s.cardId, s.billingMonth);
        if (!stored)
            return fail(stored.error());
        rows.append(Row{s, *stored});
    }

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray out;
        for (const Row& r : rows)
            out.append(QJsonObject{
                {QStringLiteral("connectionId"), r.s.connectionId},
                {QStringLiteral("issuerId"), issuerOf.value(r.s.connectionId)},
                {QStringLiteral("cardId"), r.s.cardId},
                {QStringLiteral("billingMonth"), r.s.billingMonth},
                {QStringLiteral("closingDate"), jsonDate(r.s.closingDate)},
                {QStringLiteral("dueDate"), jsonDate(r.s.dueDate)},
                {QStringLiteral("billingStatus"), toString(r.s.billingStatus)},
                {QStringLiteral("totalBilledAmount"), r.s.totalBilledAmount},
                {QStringLiteral("newUsageAmount"), r.s.newUsageAmount},
                {QStringLiteral("transactionCount"), r.s.transactionCount},
                {QStringLiteral("storedBilledTotal"), r.stored},
                {QStringLiteral("fetchedAt"), jsonTime(r.s.fetchedAt)},
            });
        writeOut(jsonText(out));
        break;
    }
    case OutputFormat::Csv: {
        QString out = csvRecord({QStringLiteral("connectionId"), QStringLiteral("issuerId"), QStringLiteral("cardId"),
                                 QStringLiteral("billingMonth"), QStringLiteral("closingDate"),
                                 QStringLiteral("dueDate"), QStringLiteral("billingStatus"),
                                 QStringLiteral("totalBilledAmount"), QStringLiteral("newUsageAmount"),
                                 QStringLiteral("transactionCount"), QStringLiteral("storedBilledTotal")});
        for (const Row& r : rows)
            out += csvRecord({r.s.connectionId, issuerOf.value(r.s.connectionId), r.s.cardId,
                              r.s.billingMonth, dateText(r.s.closingDate), dateText(r.s.dueDate),
                              toString(r.s.billingStatus), r.s.totalBilledAmount,
                              r.s.newUsageAmount, r.s.transactionCount,
                              r.stored});
        writeCsv(out);
        break;
    }
    case OutputFormat::Table: {
        if (rows.isEmpty()) {
            writeOut(tr("No statements yet. Run meisai-cli sync to fetch them.") + QLatin1Char('\n'));
            break;
        }
        TextTable table;
        table.addColumn(tr("Issuer"), TextTable::Left, 16);
        table.addColumn(tr("Card"), TextTable::Left, 12);
        table.addColumn(tr("Month"));
        table.addColumn(tr("Closing"));
        table.addColumn(tr("Due"));
        table.addColumn(tr("Status"));
        table.addColumn(tr("Billed"), TextTable::Right);
        table.addColumn(tr("New usage"), TextTable::Right);
        table.addColumn(tr("Items"), TextTable::Right);
        table.addColumn(tr("Stored items total"), TextTable::Right);
        QStringList issuers;
        QDateTime fetched;
        for (const Row& r : rows) {
            const QString issuer = issuerOf.value(r.s.connectionId);
            if (!issuers.contains(issuer))
                issuers.append(issuer);
            if (!fetched.isValid() || r.s.fetchedAt > fetched)
                fetched = r.s.fetchedAt;
            QString stored = formatYen(r.stored);
            if (r.stored != r.s.totalBilledAmount && r.s.billingStatus != BillingStatus::NoData)
                stored += tr(" (differs)");
            table.addRow({issuerName(issuer), r.s.cardId, r.s.billingMonth, dateText(r.s.closingDate),
                          dateText(r.s.dueDate), label(r.s.billingStatus), formatYen(r.s.totalBilledAmount),
                          formatYen(r.s.newUsageAmount), QString::number(r.s.transactionCount), stored});
        }
        writeOut(table.render() + provenanceFooter(issuers, fetched));
        break;
    }
    }
    return ExitOk;
}

int Cli::cmdAlerts()
{
    auto format = outputFormat();
    if (!format)
        return fail(format.error());
    if (!m_args.isEmpty()) {
        const QString action = m_args.first();
        if ((action != u"ack" && action != u"resolve") || m_args.size() != 2)
            return failUsage(tr("Use: meisai-cli alerts [--all], meisai-cli alerts ack ID, or meisai-cli alerts "
                                "resolve ID."));
        bool ok = false;
        const qint64 id = m_args.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return failUsage(tr("An alert is named by its number, as shown by meisai-cli alerts."));
        auto v = vault(false);
        if (!v)
            return failVault(v.error());
        auto all = (*v)->alerts().list(false);
        if (!all)
            return fail(all.error());
        const bool exists = std::any_of(all->cbegin(), all->cend(), [&](const Alert& a) { return a.id == id; });
        if (!exists)
            return fail(makeError(ErrorCode::NotFound, tr("There is no alert %1.").arg(id)));
        const AlertState state = action == u"ack" ? AlertState::Acknowledged : AlertState::Resolved;
        if (auto s = (*v)->alerts().setState(id, state); !s)
            return fail(s.error());
        writeOut((state == AlertState::Acknowledged ? tr("Alert %1 acknowledged.") : tr("Alert %1 resolved.")).arg(id)
                 + QLatin1Char('\n'));
        return ExitOk;
    }

    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    auto list = (*v)->alerts().list(!m_parser.isSet(QStringLiteral("all")));
    if (!list)
        return fail(list.error());

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray out;
        for (const Alert& a : *list)
            out.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("kind"), toString(a.kind)},
                {QStringLiteral("severity"), toString(a.severity)},
                {QStringLiteral("state"), toString(a.state)},
                {QStringLiteral("connectionId"), a.connectionId},
                {QStringLiteral("issuerId"), a.issuerId},
                {QStringLiteral("title"), a.title},
                {QStringLiteral("whatHappened"), a.whatHappened},
                {QStringLiteral("whatToDo"), a.whatToDo},
                {QStringLiteral("contact"), a.contact},
                {QStringLiteral("createdAt"), jsonTime(a.createdAt)},
                {QStringLiteral("updatedAt"), jsonTime(a.updatedAt)},
            });
        writeOut(jsonText(out));
        break;
    }
    case OutputFormat::Csv: {
        QString out = csvRecord({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("severity"),
                                 QStringLiteral("state"), QStringLiteral("connectionId"), QStringLiteral("issuerId"),
                                 QStringLiteral("title"), QStringLiteral("whatHappened"), QStringLiteral("whatToDo"),
                                 QStringLiteral("contact"), QStringLiteral("createdAt")});
        for (const Alert& a : *list)
            out += csvRecord({a.id, toString(a.kind), toString(a.severity), toString(a.state),
                              a.connectionId, a.issuerId, a.title, a.whatHappened, a.whatToDo,
                              a.contact, csvTime(a.createdAt)});
        writeCsv(out);
        break;
    }
    case OutputFormat::Table: {
        if (list->isEmpty()) {
            writeOut(tr("No open alerts.") + QLatin1Char('\n'));
            break;
        }
        // Alerts are sentences, not table cells: one block each.
        QString out;
        for (const Alert& a : *list) {
            QString head = QStringLiteral("#%1  [%2]  %3  %4").arg(a.id).arg(label(a.severity), label(a.state),
                                                                   localTime(a.createdAt));
            if (!a.issuerId.isEmpty())
                head += QStringLiteral("  ") + issuerName(a.issuerId);
            if (a.connectionId)
                head += tr(" (connection %1)").arg(a.connectionId);
            out += head + QLatin1Char('\n') + QStringLiteral("  ") + a.title + QLatin1Char('\n');
            if (!a.whatHappened.isEmpty())
                out += QStringLiteral("  ") + tr("What happened: ") + a.whatHappened + QLatin1Char('\n');
            if (!a.whatToDo.isEmpty())
                out += QStringLiteral("  ") + tr("What to do: ") + a.whatToDo + QLatin1Char('\n');
            if (!a.contact.isEmpty())
                out += QStringLiteral("  ") + tr("Contact: ") + a.contact + QLatin1Char('\n');
            out += QLatin1Char('\n');
        }
        writeOut(out);
        break;
    }
    }
    return ExitOk;
}

int Cli::cmdAudit()
{
    if (!m_args.isEmpty())
        return failUsage(tr("audit takes no arguments."));
    auto format = outputFormat();
    if (!format)
        return fail(format.error());
    bool limitOk = false;
    const int limit = m_parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return failUsage(tr("--limit needs a number of rows (0 for all)."));
    auto v = vault(false);
    if (!v)
        return failVault(v.error());

    if (m_parser.isSet(QStringLiteral("verify"))) {
        auto result = (*v)->audit().verify();
        if (!result)
            return fail(result.error());
        if (!result->intact) {
            const AlertRules rules(&directory());
            if (auto raised = (*v)->alerts().raise(rules.auditTampered(*result)); !raised)
                printError(raised.error().message);
            printError(tr("The audit log has been altered: %1 Rows checked: %2, first bad row: %3.")
                           .arg(result->message)
                           .arg(result->rowsChecked)
                           .arg(result->firstBadSeq));
            return ExitTampered;
        }
        writeOut(tr("The audit log is intact: %1 rows checked.").arg(result->rowsChecked) + QLatin1Char('\n'));
        return ExitOk;
    }

    qint64 connectionId = 0;
    if (m_parser.isSet(QStringLiteral("connection"))) {
        auto c = resolveConnection(m_parser.value(QStringLiteral("connection")));
        if (!c)
            return fail(c.error());
        connectionId = c->id;
    }
    auto list = (*v)->audit().list(connectionId, limit == 0 ? -1 : limit);
    if (!list)
        return fail(list.error());
    QList<AuditEntry> entries = *list;
    std::reverse(entries.begin(), entries.end()); // oldest first, like a log

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray out;
        for (const AuditEntry& e : entries)
            out.append(QJsonObject{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("at"), jsonTime(e.at)},
                {QStringLiteral("connectionId"), e.connectionId},
                {QStringLiteral("issuerId"), e.issuerId},
                {QStringLiteral("operation"), e.operation},
                {QStringLiteral("httpStatus"), e.httpStatus},
                {QStringLiteral("result"), e.result},
                {QStringLiteral("interactionId"), e.interactionId},
                {QStringLiteral("durationMs"), e.durationMs},
                {QStringLiteral("detail"), e.detail},
            });
        writeOut(jsonText(out));
        break;
    }
    case OutputFormat::Csv: {
        QString out = csvRecord({QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("connectionId"),
                                 QStringLiteral("issuerId"), QStringLiteral("operation"), QStringLiteral("httpStatus"),
                                 QStringLiteral("result"), QStringLiteral("interactionId"),
                                 QStringLiteral("durationMs"), QStringLiteral("detail")});
        for (const AuditEntry& e : entries)
            out += csvRecord({e.seq, csvTime(e.at), e.connectionId, e.issuerId,
                              e.operation, e.httpStatus, e.result, e.interactionId,
                              e.durationMs, e.detail});
        writeCsv(out);
        break;
    }
    case OutputFormat::Table: {
        if (entries.isEmpty()) {
            writeOut(tr("The audit log is empty.") + QLatin1Char('\n'));
            break;
        }
        TextTable table;
        table.addColumn(QStringLiteral("#"), TextTable::Right);
        table.addColumn(tr("Time"));
        table.addColumn(tr("Conn"), TextTable::Right);
        table.addColumn(tr("Issuer"), TextTable::Left, 16);
        table.addColumn(tr("Operation"), TextTable::Left, 44);
        table.addColumn(tr("HTTP"), TextTable::Right);
        table.addColumn(tr("Result"));
        table.addColumn(tr("ms"), TextTable::Right);
        table.addColumn(tr("Interaction id"));
        table.addColumn(tr("Detail"), TextTable::Left, 40);
        for (const AuditEntry& e : entries)
            table.addRow({QString::number(e.seq),
                          e.at.isValid() ? e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                         : QString(),
                          e.connectionId ? QString::number(e.connectionId) : QStringLiteral("-"), e.issuerId,
                          e.operation, e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("-"), e.result,
                          QString::number(e.durationMs), e.interactionId, e.detail});
        writeOut(table.render());
        break;
    }
    }
    return ExitOk;
}

} // namespace meisai::cli
