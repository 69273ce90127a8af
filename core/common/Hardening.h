#pragma once

// Process hardening for a program that holds secrets, called first thing in
// main(): no core dumps, not dumpable (no ptrace attach by other processes of
// the same user, no /proc/PID/mem reads), and freed heap memory overwritten.

namespace meisai {

// Returns false if a step failed; the program may go on, but should say so.
bool hardenProcess();

// Makes glibc's allocator overwrite every block when it is freed, so that
// the copies of a token that Qt's network stack and JSON parser make (and
// free without wiping) do not stay readable in the heap. glibc reads the
// settings that do this (GLIBC_TUNABLES: glibc.malloc.perturb, and
// glibc.malloc.tcache_count=0 because blocks freed into the thread cache are
// not overwritten) only when a program starts: so when they are not in
// effect yet, this re-executes the program with them, before main() has done
// anything else. In the re-executed process it restores the caller's
// GLIBC_TUNABLES, so child processes (the browser) run with the defaults.
// Returns only when the settings are in effect, or when re-executing failed
// (then false: the program goes on and should say so).
bool wipeHeapOnFree(char** argv);

// True when this process runs with the heap-wiping settings.
bool heapWipedOnFree();

} // namespace meisai
