#pragma once

// Errors are values in Meisai: a fallible core function returns Result<T>,
// holding either a value or an Error whose message is meant for people.

#include "Text.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace meisai {

enum class ErrorCode {
    Unknown,
    InvalidArgument,
    Io,
    Keychain,            // the OS keychain could not be used
    KeyMismatch,         // the key does not open this vault
    WrongPassphrase,
    Database,
    Corrupt,
    NotFound,
    Network,
    Tls,
    Timeout,
    Protocol,            // a peer broke the protocol (bad JSON, missing field...)
    TooLarge,
    Unauthorized,        // 401 invalid_token
    InvalidGrant,        // the grant is gone: the connection needs reconnecting
    AccessDenied,
    InsufficientScope,
    RateLimited,
    Maintenance,
    ServerError,
    UnsupportedVersion,
    StateMismatch,
    IssuerMismatch,      // an answer or a document from another issuer than the one chosen (iss, discovery)
    BindingMismatch,     // an issuer claiming a linked issuer's id, or a token asked to go outside its binding
    Cancelled,
    Tampered,
};

struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    Text text; // the message as a Text, when it was made from one: rendered again in a later language

    // What to keep for showing later: the Text, or the message as it was written.
    Text describe() const { return text.isEmpty() ? Text::verbatim(message) : text; }

    friend bool operator==(const Error&, const Error&) = default;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    // On a temporary Result, the value is moved out rather than referenced, so
    // `for (auto& x : *store.list())` iterates a live object, not a dangling one.
    T value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message), {}};
}

inline Error makeError(ErrorCode code, Text text)
{
    QString message = text.toString();
    return Error{code, std::move(message), std::move(text)};
}

} // namespace meisai

// Propagates an error from an expression returning Result<…> or Status.
#define MEISAI_TRY(expr)                                                                           \
    do {                                                                                           \
        auto&& meisai_try_result_ = (expr);                                                        \
        if (!meisai_try_result_.ok())                                                              \
            return meisai_try_result_.error();                                                     \
    } while (false)
