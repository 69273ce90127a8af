#include "Hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace meisai {

bool hardenProcess()
{
    bool ok = true;
    const rlimit noCore{0, 0};
    ok &= setrlimit(RLIMIT_CORE, &noCore) == 0;
    ok &= prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return ok;
}

} // namespace meisai
