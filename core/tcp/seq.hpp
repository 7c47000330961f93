#pragma once
// Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4).
//
// "a before b" is defined as in Linux's before(): the signed 32-bit difference a - b is
// negative. Sequence numbers are never compared as raw integers anywhere in the core.

#include <cstdint>

namespace ackademy::tcp {

using SeqNum = std::uint32_t;

/// Signed distance from b to a, modulo 2^32 (positive when a is after b).
constexpr std::int32_t seq_diff(SeqNum a, SeqNum b) noexcept
{
    return static_cast<std::int32_t>(a - b);
}

constexpr bool seq_lt(SeqNum a, SeqNum b) noexcept
{
    return seq_diff(a, b) < 0;
}
constexpr bool seq_le(SeqNum a, SeqNum b) noexcept
{
    return seq_diff(a, b) <= 0;
}
constexpr bool seq_gt(SeqNum a, SeqNum b) noexcept
{
    return seq_diff(a, b) > 0;
}
constexpr bool seq_ge(SeqNum a, SeqNum b) noexcept
{
    return seq_diff(a, b) >= 0;
}

constexpr SeqNum seq_max(SeqNum a, SeqNum b) noexcept
{
    return seq_lt(a, b) ? b : a;
}
constexpr SeqNum seq_min(SeqNum a, SeqNum b) noexcept
{
    return seq_lt(a, b) ? a : b;
}

/// left =< x < left + size, modulo 2^32. An empty window contains nothing.
constexpr bool seq_in_window(SeqNum x, SeqNum left, std::uint32_t size) noexcept
{
    return x - left < size;
}

/// Human-facing helper for traces: the offset of x from a base (tcpdump's relative numbers).
std::uint32_t seq_relative(SeqNum x, SeqNum base) noexcept;

} // namespace ackademy::tcp
