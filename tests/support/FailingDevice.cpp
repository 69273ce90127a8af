#include "FailingDevice.h"

#include <cstring>

namespace meisai::test {

FailingDevice::FailingDevice(QByteArray data, qint64 failAfter, QObject* parent)
    : QIODevice(parent), m_data(std::move(data)), m_failAfter(failAfter)
{
}

qint64 FailingDevice::readData(char* data, qint64 maxSize)
{
    if (m_readPos >= m_failAfter) {
        setErrorString(QStringLiteral("simulated read failure"));
        return -1;
    }
    const qint64 n = qMin(maxSize, qMin(m_failAfter, qint64(m_data.size())) - m_readPos);
    if (n <= 0)
        return m_readPos >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_readPos, std::size_t(n));
    m_readPos += n;
    return n;
}

qint64 FailingDevice::writeData(const char* data, qint64 maxSize)
{
    if (m_written.size() >= m_failAfter) {
        setErrorString(QStringLiteral("simulated write failure"));
        return -1;
    }
    const qint64 n = qMin(maxSize, m_failAfter - m_written.size());
    m_written.append(data, n);
    return n;
}

} // namespace meisai::test
