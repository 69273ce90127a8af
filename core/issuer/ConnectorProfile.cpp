#include "ConnectorProfile.h"

#include <QFile>
#include <QJsonDocument>

namespace meisai {

Result<ConnectorProfile> ConnectorProfile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The connector profile is not a JSON object (%1).").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    ConnectorProfile c;
    c.serviceName = LocalizedText::fromJson(o.value(QLatin1String("service_name")));
    c.companyName = LocalizedText::fromJson(o.value(QLatin1String("company_name")));
    c.representative = LocalizedText::fromJson(o.value(QLatin1String("representative")));
    c.address = LocalizedText::fromJson(o.value(QLatin1String("address")));
    c.registrationNumber = o.value(QLatin1String("registration_number")).toString();
    c.inquiry = Contact::fromJson(o.value(QLatin1String("inquiry_contact")).toObject());
    c.incident = Contact::fromJson(o.value(QLatin1String("incident_contact")).toObject());
    const QJsonObject comp = o.value(QLatin1String("compensation")).toObject();
    c.compensationPolicy = LocalizedText::fromJson(comp.value(QLatin1String("policy")));
    c.compensationContact = Contact::fromJson(comp.value(QLatin1String("contact")).toObject());
    c.role = LocalizedText::fromJson(o.value(QLatin1String("role")));
    if (c.serviceName.isEmpty() || c.companyName.isEmpty() || c.representative.isEmpty()
        || c.address.isEmpty() || c.inquiry.isEmpty() || c.compensationPolicy.isEmpty()
        || c.compensationContact.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The connector profile lacks a required disclosure (service name, company name, "
                            "representative, address, inquiry contact or compensation policy and contact)."));
    return c;
}

Result<ConnectorProfile> ConnectorProfile::bundled()
{
    QFile file(QStringLiteral(":/meisai/connector.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("The connector profile is missing from this build of Meisai."));
    return fromJson(file.readAll());
}

} // namespace meisai
