#include "RequestStats.h"

namespace meisai::sandbox {

void RequestStats::count(const QString& issuerId, Counter counter)
{
    auto it = m_counts.find(issuerId);
    if (it == m_counts.end())
        it = m_counts.insert(issuerId, {});
    ++(*it)[std::size_t(counter)];
}

int RequestStats::value(const QString& issuerId, Counter counter) const
{
    const auto it = m_counts.constFind(issuerId);
    return it == m_counts.constEnd() ? 0 : (*it)[std::size_t(counter)];
}

void RequestStats::reset(const QString& issuerId)
{
    m_counts.remove(issuerId);
}

} // namespace meisai::sandbox
