#pragma once

// meisai-cli's exit codes. They are part of the command-line interface:
// documented in --help and docs/cli.md, relied on by scripts. Never renumber.

namespace meisai::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,          // bad command line
    ExitVault = 2,          // vault locked or unavailable (keychain, passphrase, no profile)
    ExitNetwork = 3,        // network or issuer error (incl. maintenance, rate limits)
    ExitNeedsReconnect = 4, // a connection's grant is gone: link it again
    ExitTampered = 5,       // the audit log failed verification
    ExitNotFound = 6,       // no such issuer, connection or alert
    ExitCancelled = 7,      // linking was denied, cancelled or timed out
    ExitFailure = 8,        // anything else (database, disk)
    // Security refusals: Meisai stopped because a server is not who it claims to be.
    ExitIssuerMismatch = 9,  // a sign-in answer with a wrong state or iss, a discovery document of another issuer
    ExitBindingMismatch = 10, // an issuer claiming a linked issuer's id; a token asked to go outside its binding
    ExitTls = 11,            // the issuer's certificate is not trusted, the TLS handshake failed, or no HTTPS
};

} // namespace meisai::cli
