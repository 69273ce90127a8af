#include "Hardening.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace meisai {

namespace {

// Any non-zero byte works; 0xA5 makes wiped memory easy to recognise in a debugger.
constexpr char kTunables[] = "glibc.malloc.perturb=165:glibc.malloc.tcache_count=0";
// Set for the re-executed process only: the caller's GLIBC_TUNABLES ("-" when
// it had none). Its presence also stops a second re-execution.
constexpr char kSavedVariable[] = "MEISAI_CALLER_GLIBC_TUNABLES";

bool s_heapWiped = false;

} // namespace

bool hardenProcess()
{
    bool ok = true;
    const rlimit noCore{0, 0};
    ok &= setrlimit(RLIMIT_CORE, &noCore) == 0;
    ok &= prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return ok;
}

bool wipeHeapOnFree(char** argv)
{
    if (const char* saved = std::getenv(kSavedVariable)) {
        // The re-executed process: glibc has read the settings at start.
        const std::string caller = saved;
        if (caller == "-")
            ::unsetenv("GLIBC_TUNABLES");
        else
            ::setenv("GLIBC_TUNABLES", caller.c_str(), 1);
        ::unsetenv(kSavedVariable);
        s_heapWiped = true;
        return true;
    }
    const char* current = std::getenv("GLIBC_TUNABLES");
    std::string tunables = current ? std::string(current) + ':' + kTunables : std::string(kTunables);
    if (::setenv(kSavedVariable, current ? current : "-", 1) != 0
        || ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return false;
    ::execv("/proc/self/exe", argv);
    // Not re-executed: go on as before, without the settings.
    if (current)
        ::setenv("GLIBC_TUNABLES", current, 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
    ::unsetenv(kSavedVariable);
    return false;
}

bool heapWipedOnFree()
{
    return s_heapWiped;
}

} // namespace meisai
