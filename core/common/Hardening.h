#pragma once

// Process hardening for a program that holds secrets, called first thing in
// main(): no core dumps, not dumpable (no ptrace attach by other processes of
// the same user, no /proc/PID/mem reads).

namespace meisai {

// Returns false if a step failed; the program may go on, but should say so.
bool hardenProcess();

} // namespace meisai
