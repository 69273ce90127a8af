#pragma once

// The connector's own disclosures (G14, G15): who runs Meisai, whom to call,
// and the compensation policy. Bundled as resources/connector.json.

#include "IssuerProfile.h"

namespace meisai {

struct ConnectorProfile
{
    Q_DECLARE_TR_FUNCTIONS(meisai::ConnectorProfile)

public:
    LocalizedText serviceName;   // 明細 Meisai
    LocalizedText companyName;   // 株式会社明細テクノロジーズ
    LocalizedText representative;
    LocalizedText address;
    QString registrationNumber;  // 電子決済等代行業者 registration, when there is one
    Contact inquiry;             // questions about Meisai
    Contact incident;            // a leaked password, a lost device
    LocalizedText compensationPolicy;
    Contact compensationContact;
    LocalizedText role;          // what the connector does and does not do (vs the issuer)

    static Result<ConnectorProfile> fromJson(const QByteArray& json);
    // The profile compiled into Meisai.
    static Result<ConnectorProfile> bundled();
};

} // namespace meisai
