#pragma once

// A notice an issuer publishes (GET /v1/notices, no login): security
// warnings, maintenance windows, information.

#include "Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace meisai {

struct IssuerNotice
{
    QString issuerId;
    QString noticeId;
    NoticeKind kind = NoticeKind::Info;
    QString title;
    QString body;
    QDateTime publishedAt;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime fetchedAt;
};

} // namespace meisai
