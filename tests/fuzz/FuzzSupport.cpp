#include "FuzzSupport.h"

#include <QCoreApplication>

namespace meisai::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "meisai-fuzz";
    static char* argv[] = {name, nullptr};
    // Never deleted: the fuzzer exits without unwinding, and a static
    // QCoreApplication would be destroyed after the Qt state it needs.
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace meisai::fuzz
