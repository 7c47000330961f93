#pragma once
// Structured events reported by a Connection. Each names the checklist rule that decided it
// (e.g. "SS-6"), so the UI can narrate it and cite the RFC. `rule` always points to a
// string literal.

#include "core/tcp/flags.hpp"
#include "core/tcp/seq.hpp"
#include "core/tcp/state.hpp"
#include "core/tcp/time.hpp"

#include <cstdint>
#include <string_view>

namespace ackademy::tcp {

enum class EventKind : std::uint8_t {
    StateChanged,     ///< from -> to
    SegmentSent,      ///< a segment was handed to the network (flags, seq, ack, length); `count` > 0 for a
                      ///< retransmission
    SegmentDiscarded, ///< an arriving segment was dropped (rule says why)
    TimerArmed,       ///< timer, duration (the RTO value), count (backoff)
    TimerExpired,
    TimerCancelled,
    DuplicateAck, ///< count = duplicate ACKs in a row
    FastRetransmit,
    WindowUpdate,     ///< value = new SND.WND (octets, scaled)
    DataAcked,        ///< value = octets newly acknowledged
    DataDelivered,    ///< value = octets handed to the application, in order
    CongestionUpdate, ///< value = cwnd, value2 = ssthresh, length = flight size
    RttSample,        ///< duration = measured RTT, value = new RTO in µs (clamped)
    UserNotified,     ///< error says what the application is told
};

enum class TimerKind : std::uint8_t {
    Retransmission,
    TimeWait,
    DelayedAck,
    Persist,
    UserTimeout,
};

/// What the application is told (RFC 9293's error strings; Linux errno in parentheses).
enum class ConnError : std::uint8_t {
    None,
    Refused,               ///< "connection refused" (ECONNREFUSED)
    Reset,                 ///< "connection reset" (ECONNRESET)
    TimedOut,              ///< "connection timed out" (ETIMEDOUT)
    Closing,               ///< "connection closing" (the peer sent FIN, or the user already closed)
    AlreadyExists,         ///< "connection already exists"
    DoesNotExist,          ///< "connection does not exist"
    RemoteUnspecified,     ///< "remote socket unspecified"
    UserTimeout,           ///< "connection aborted due to user timeout"
    ConnectionEstablished, ///< not an error: the open completed
    ClosedNormally,        ///< not an error: the peer closed (FIN), everything delivered
};

std::string_view to_string(EventKind kind);
std::string_view to_string(TimerKind kind);
/// The RFC's wording, e.g. "connection refused".
std::string_view to_string(ConnError error);

struct Event {
    Time at{};
    EventKind kind{};
    std::string_view rule; ///< checklist ID, e.g. "SS-6"
    State from{};
    State to{};
    TimerKind timer{};
    Duration duration{};
    int count = 0;
    TcpFlags flags;
    SeqNum seq = 0;
    SeqNum ack = 0;
    std::uint32_t length = 0;
    std::uint32_t value = 0;
    std::uint32_t value2 = 0;
    ConnError error = ConnError::None;
};

} // namespace ackademy::tcp
