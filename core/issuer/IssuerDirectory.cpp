#include "IssuerDirectory.h"

#include "common/Log.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace meisai {

IssuerDirectory::IssuerDirectory(Vault* vault) : m_vault(vault) {}

Result<QList<IssuerProfile>> IssuerDirectory::bundled()
{
    QList<IssuerProfile> profiles;
    const QDir dir(QStringLiteral(":/meisai/issuers"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("The bundled issuer profile %1 could not be read.").arg(name));
        auto profile = IssuerProfile::fromJson(file.readAll());
        if (!profile)
            return profile.error();
        profiles << std::move(profile.value());
    }
    return profiles;
}

Result<QList<IssuerProfile>> IssuerDirectory::list() const
{
    QList<IssuerProfile> result;
    QStringList ids;
    QList<QPair<QString, QByteArray>> registered;
    if (m_vault) {
        auto stored = m_vault->issuerProfiles().list();
        if (!stored)
            return stored.error();
        registered = stored.value();
    } else {
        for (auto it = m_memory.cbegin(); it != m_memory.cend(); ++it)
            registered.append({it.key(), it.value()});
    }
    std::sort(registered.begin(), registered.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [id, json] : registered) {
        auto profile = IssuerProfile::fromJson(json);
        if (!profile) {
            qCWarning(lcIssuer).noquote() << "skipping the registered issuer profile" << id << ":"
                                          << profile.error().message;
            continue;
        }
        ids << profile->id;
        result << std::move(profile.value());
    }
    auto bundledProfiles = bundled();
    if (!bundledProfiles)
        return bundledProfiles.error();
    for (IssuerProfile& p : bundledProfiles.value()) {
        if (!ids.contains(p.id))
            result << std::move(p);
    }
    return result;
}

Result<IssuerProfile> IssuerDirectory::find(const QString& id) const
{
    std::optional<QByteArray> json;
    if (m_vault) {
        auto stored = m_vault->issuerProfiles().get(id);
        if (!stored)
            return stored.error();
        json = stored.value();
    } else if (m_memory.contains(id)) {
        json = m_memory.value(id);
    }
    if (json)
        return IssuerProfile::fromJson(*json);
    auto bundledProfiles = bundled();
    if (!bundledProfiles)
        return bundledProfiles.error();
    for (IssuerProfile& p : bundledProfiles.value()) {
        if (p.id == id)
            return std::move(p);
    }
    return makeError(ErrorCode::NotFound, tr("Meisai knows no issuer \"%1\".").arg(id));
}

Status IssuerDirectory::add(const IssuerProfile& profile)
{
    MEISAI_TRY(profile.validate());
    if (!profile.isComplete())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The issuer profile \"%1\" is a template without an issuer address; "
                            "add the sandbox issuer to complete it.").arg(profile.id));
    auto conflicting = conflict(profile);
    if (!conflicting)
        return conflicting.error();
    if (conflicting->has_value()) {
        qCWarning(lcIssuer).noquote() << "refused to rebind" << profile.id << "from"
                                      << redactUrl((*conflicting)->linkedIssuer) << "to" << redactUrl(profile.issuer);
        return makeError(ErrorCode::BindingMismatch, conflictMessage(**conflicting));
    }
    const QByteArray json = profile.toJson();
    qCInfo(lcIssuer).noquote() << "registering issuer" << profile.id << redactUrl(profile.issuer);
    if (m_vault)
        return m_vault->issuerProfiles().put(profile.id, json);
    m_memory.insert(profile.id, json);
    return {};
}

Status IssuerDirectory::remove(const QString& id)
{
    auto live = liveConnections(id);
    if (!live)
        return live.error();
    if (!live->isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The issuer \"%1\" is used by %n connection(s); disconnect them before removing it.", nullptr,
                            int(live->size()))
                             .arg(id));
    if (m_vault)
        return m_vault->issuerProfiles().remove(id);
    m_memory.remove(id);
    return {};
}

Result<QList<qint64>> IssuerDirectory::liveConnections(const QString& id) const
{
    QList<qint64> ids;
    if (!m_vault)
        return ids;
    auto connections = m_vault->connections().list();
    if (!connections)
        return connections.error();
    for (const Connection& c : *connections) {
        if (c.issuerId == id && c.status != ConnectionStatus::Revoked)
            ids << c.id;
    }
    return ids;
}

Result<std::optional<IssuerConflict>> IssuerDirectory::conflict(const IssuerProfile& profile) const
{
    if (!m_vault)
        return std::optional<IssuerConflict>();
    auto connections = m_vault->connections().list();
    if (!connections)
        return connections.error();
    // A connection linked before bindings were recorded is bound to the profile in effect now.
    std::optional<QUrl> current;
    IssuerConflict found;
    found.issuerId = profile.id;
    found.newIssuer = profile.issuer;
    for (const Connection& c : *connections) {
        if (c.issuerId != profile.id || c.status == ConnectionStatus::Revoked)
            continue;
        QUrl linked = c.binding.issuer;
        if (linked.isEmpty()) {
            if (!current) {
                auto existing = find(profile.id);
                current = existing ? existing->issuer : QUrl();
            }
            linked = *current;
        }
        if (linked.isEmpty() || linked == profile.issuer)
            continue;
        found.linkedIssuer = linked;
        found.connectionIds << c.id;
    }
    if (found.connectionIds.isEmpty())
        return std::optional<IssuerConflict>();
    return std::optional<IssuerConflict>(found);
}

QString IssuerDirectory::conflictMessage(const IssuerConflict& c)
{
    QStringList ids;
    for (qint64 id : c.connectionIds)
        ids << QString::number(id);
    return tr("The issuer id \"%1\" is already linked with %2 (connection %3); this profile names %4. Meisai did "
              "not replace it, since the linked connections' tokens would then go to another server. If it really "
              "is the same issuer now, replace it: the linked connections are revoked at %2 first.")
        .arg(c.issuerId, c.linkedIssuer.toString(), ids.join(QStringLiteral(", ")), c.newIssuer.toString());
}

Result<QList<IssuerProfile>> IssuerDirectory::addFromSandbox(const QByteArray& readyLine)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(readyLine.trimmed(), &parseError);
    const QJsonObject ready = doc.object();
    const QJsonArray issuers = ready.value(QLatin1String("issuers")).toArray();
    if (parseError.error != QJsonParseError::NoError || issuers.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("This is not the sandbox issuer's ready line: it should be a JSON object listing "
                            "\"issuers\"."));
    const QString caPath = ready.value(QLatin1String("ca")).toString();
    auto bundledProfiles = bundled();
    if (!bundledProfiles)
        return bundledProfiles.error();

    QList<IssuerProfile> added;
    for (const QJsonValue& v : issuers) {
        const QJsonObject entry = v.toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        IssuerProfile profile;
        bool known = false;
        for (const IssuerProfile& b : std::as_const(bundledProfiles.value())) {
            if (b.id == id && b.sandbox) {
                profile = b;
                known = true;
            }
        }
        if (!known) {
            // A sandbox issuer without a bundled profile: make a plain one.
            profile.id = id;
            profile.sandbox = true;
            profile.displayName = {id, id};
            profile.scopes = {{QStringLiteral("cards:read"), {QStringLiteral("カード一覧の表示"), QStringLiteral("Show your cards")}, true}};
            profile.disclosures.legalName = {id, id};
            profile.disclosures.inquiry.name = {QStringLiteral("サンドボックス"), QStringLiteral("Sandbox")};
        }
        MEISAI_TRY(profile.completeFromSandbox(entry, caPath));
        MEISAI_TRY(add(profile));
        added << profile;
    }
    return added;
}

Status IssuerDirectory::nameConnectionsAfterIssuers()
{
    if (!m_vault)
        return {};
    auto connections = m_vault->connections().list();
    if (!connections)
        return connections.error();
    for (Connection c : *connections) {
        if (!c.labelText.toJson().isString() || c.label.isEmpty())
            continue; // already a Text with its languages, or no name
        auto profile = find(c.issuerId);
        if (!profile)
            continue;
        const Text name = profile->nameText();
        const LocalizedText& names = profile->displayName;
        if (c.label != names.ja && c.label != names.en)
            continue;
        c.labelText = name;
        c.label = name.toString();
        MEISAI_TRY(m_vault->connections().update(c));
    }
    return {};
}

} // namespace meisai
