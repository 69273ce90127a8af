#include "Clock.h"

namespace meisai {

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace meisai
