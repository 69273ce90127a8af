#pragma once

// Blocking helpers over core's asynchronous calls: meisai-cli runs one
// command and waits for it, spinning a local event loop.

#include <QEventLoop>

#include <functional>

namespace meisai::cli {

// Calls start(done) and spins an event loop until done() has been called.
inline void waitFor(const std::function<void(std::function<void()>)>& start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

} // namespace meisai::cli
