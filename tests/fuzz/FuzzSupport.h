#pragma once

// What the fuzz targets share. Each fuzz_<name>.cpp defines the libFuzzer
// entry point; it is linked either with libFuzzer (./run fuzz, clang) or with
// FuzzReplay.cpp (the test suite). An input must never crash, hang or trip a
// sanitizer, whatever its bytes.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace meisai::fuzz {

// A QCoreApplication for the parsers that reach Qt's TLS backend
// (certificates in issuer profiles); made once, kept until exit.
void ensureApplication();

// The input as an owned, NUL-terminated copy, as the network layer hands
// bodies to the parsers.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace meisai::fuzz
