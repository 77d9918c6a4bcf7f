// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Lagebild {

/// What kind of failure, so a caller can tell a missing row from a full disk without reading
/// the message: retry when busy, offer a copy when read-only, stop when corrupt.
enum class ErrorKind {
    Other,
    NotFound, ///< what was asked for does not exist
    Constraint, ///< the data would break a rule of the schema (unique name, foreign key)
    Io, ///< the disk failed: full, unreadable, unwritable
    ReadOnly, ///< the database or its folder cannot be written
    Busy, ///< another connection or process holds the lock
    Corrupt, ///< the file is damaged or not a database
    TooNew, ///< the database was written by a newer Lagebild
    Cancelled, ///< the user stopped it
    Unreachable, ///< the database server cannot be reached: not running, network down
    /// The database server refused the login: no password, or a wrong one. Out of reach as well
    /// (isUnreachable()), but trying again with the same password cannot help: the window asks
    /// for another.
    LoginRefused,
};

/// Whether the database server is out of reach for now, a refused login included: what waits,
/// is tried again or stops an import on either kind.
[[nodiscard]] constexpr bool isUnreachable(ErrorKind kind)
{
    return kind == ErrorKind::Unreachable || kind == ErrorKind::LoginRefused;
}

/// A failure described for the analyst: one sentence, no stack trace.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

/// A value or an Error. The core never throws across library or thread boundaries;
/// functions that can fail return this instead (std::expected is C++23, GCC 12 lacks it).
template<typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_data(std::move(value)) { }
    Expected(Error error) : m_data(std::move(error)) { }

    [[nodiscard]] bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    /// By value: a reference into a temporary Expected would dangle in a range-for.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_data)); }
    /// Empty when there is a value, so diagnostics may ask for it unconditionally.
    [[nodiscard]] QString errorMessage() const
    {
        return hasValue() ? QString() : std::get<1>(m_data).message;
    }
    [[nodiscard]] Error error() const { return hasValue() ? Error {} : std::get<1>(m_data); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Error error) : m_error(std::move(error)), m_failed(true) { }

    [[nodiscard]] bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    [[nodiscard]] const QString &errorMessage() const { return m_error.message; }
    [[nodiscard]] Error error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Lagebild
