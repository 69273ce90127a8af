#pragma once

// A QIODevice that accepts writes and serves reads until N bytes, then fails:
// for code that must survive a disk or stream failing halfway.

#include <QIODevice>

namespace meisai::test {

class FailingDevice final : public QIODevice
{
    Q_OBJECT

public:
    FailingDevice(QByteArray data, qint64 failAfter, QObject* parent = nullptr);
    QByteArray written() const { return m_written; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    QByteArray m_written;
    qint64 m_failAfter;
    qint64 m_readPos = 0;
};

} // namespace meisai::test
