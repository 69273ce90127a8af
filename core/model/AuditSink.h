#pragma once

// Where a component reports what it did for the API execution log (G9). The
// HTTP client reports each request to one; the vault's AuditLog is the real
// one. A sink that cannot keep a row says so itself (it logs the failure):
// reporting never fails the request.

#include "AuditEntry.h"

namespace meisai {

class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual void record(AuditEntry entry) = 0;
};

} // namespace meisai
