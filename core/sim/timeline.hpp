#pragma once
// The Timeline: everything that happened in one run, as plain data. The GUI renders it,
// the trace writers print it, and tests assert on it. It is a value: re-simulating the same
// scenario with the same seed gives an identical Timeline.

#include "core/sim/scenario.hpp"
#include "core/sim/segment_match.hpp"
#include "core/tcp/event.hpp"
#include "core/tcp/state.hpp"
#include "core/tcp/time.hpp"
#include "core/tcp/wire.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ackademy::sim {

enum class DropCause : std::uint8_t {
    None,
    Rule,       ///< a drop rule of the scenario (drop_rule says which)
    RandomLoss, ///< the link's loss probability
    QueueFull,  ///< the drop-tail queue in front of the rate limit was full
};

std::string_view to_string(DropCause cause);

// The records below order their fields for packing (a bulk transfer keeps one SegmentRecord
// per segment and about one TimerSpan and HostEventRecord per two; docs/performance.md).
struct SegmentRecord {
    // A user-provided constructor, so that emplace_back() does not zero all 184 bytes before
    // the member initializers below run (value-initialisation of an aggregate does; a
    // `rep stos` per segment, measured with perf; docs/performance.md).
    SegmentRecord() {} // NOLINT(modernize-use-equals-default)

    int id = 0; ///< 0-based place on the wire
    HostId from = HostId::A;
    DropCause cause = DropCause::None;
    bool retransmission = false;
    bool duplicate_copy = false; ///< a second copy made by the link
    Time sent{};
    std::optional<Time> arrived; ///< set unless dropped
    std::optional<Time> dropped; ///< when it was lost (part-way along the link)
    int drop_rule = -1;          ///< index into Scenario::drops when cause == Rule
    int connection = -1;         ///< the sender's connection index (-1: host-level reset)
    int retransmission_of = -1;  ///< id of the first transmission of the same sequence range
    /// The segment; its payload refers to the sending application's stream (never a copy).
    tcp::Packet packet;
    std::string_view rule; ///< the checklist rule that made the sender send it

    bool lost() const { return dropped.has_value(); }
    tcp::Bytes encode() const { return tcp::encode(packet); }
};

struct StateInterval {
    HostId host = HostId::A;
    int connection = 0;
    tcp::State state = tcp::State::Closed;
    Time begin{};
    std::optional<Time> end; ///< open while the state lasts past the end of the run
    std::string_view rule;   ///< the rule of the transition into this state
};

struct TimerSpan {
    Time armed{};
    Time deadline{};
    std::optional<Time> ended; ///< when it expired or was cancelled
    HostId host = HostId::A;
    tcp::TimerKind kind = tcp::TimerKind::Retransmission;
    bool expired = false;
    int connection = 0;
    int backoff = 0;
};

struct CwndSample {
    Time at{};
    std::uint32_t cwnd = 0;
    std::uint32_t ssthresh = 0;
    std::uint32_t flight = 0;
    HostId host = HostId::A;
};

struct AppEvent {
    HostId host = HostId::A;
    Time at{};
    ActionKind action = ActionKind::Listen;
    tcp::ConnError result = tcp::ConnError::None;
    std::uint64_t bytes = 0;
};

/// The part of a tcp::Event that narration and the trace writers use. The fields keep the
/// names of tcp::Event; the ones of other kinds (segment fields, durations) are not kept.
struct RecordedEvent {
    Time at{};
    std::string_view rule;   ///< checklist ID, e.g. "SS-6"
    int count = 0;           ///< TimerExpired: backoff count
    std::uint32_t value = 0; ///< DataDelivered: octets handed to the application
    tcp::EventKind kind{};
    tcp::State from{};                           ///< StateChanged
    tcp::State to{};                             ///< StateChanged
    tcp::TimerKind timer{};                      ///< TimerExpired
    tcp::ConnError error = tcp::ConnError::None; ///< UserNotified

    RecordedEvent() = default;
    explicit RecordedEvent(const tcp::Event& e)
        : at(e.at), rule(e.rule), count(e.count), value(e.value), kind(e.kind), from(e.from), to(e.to),
          timer(e.timer), error(e.error)
    {}
};

/// A connection event with the host it happened on: the source of narration. The timeline
/// keeps the kinds a reader is told about (is_recorded_event()); the others are either
/// in the records above already (SegmentSent: segments, TimerArmed/Cancelled: timers,
/// CongestionUpdate: cwnd) or bookkeeping (DataAcked, WindowUpdate, DuplicateAck, RttSample).
struct HostEventRecord {
    HostId host = HostId::A;
    int connection = 0;
    RecordedEvent event;
};

/// True for the event kinds that Timeline::events keeps.
constexpr bool is_recorded_event(tcp::EventKind kind)
{
    switch (kind) {
    case tcp::EventKind::StateChanged:
    case tcp::EventKind::TimerExpired:
    case tcp::EventKind::UserNotified:
    case tcp::EventKind::DataDelivered:
    case tcp::EventKind::SegmentDiscarded:
    case tcp::EventKind::FastRetransmit:
        return true;
    default:
        return false;
    }
}

struct HostSummary {
    tcp::Ipv4Address ip = 0;
    std::uint16_t port = 0;
    tcp::State final_state = tcp::State::Closed;
    tcp::ConnError last_error = tcp::ConnError::None;
    std::uint64_t bytes_delivered = 0; ///< octets this host's application received
};

struct Timeline {
    std::string profile;
    std::array<HostSummary, 2> hosts{};
    std::vector<SegmentRecord> segments;
    std::vector<StateInterval> states;
    std::vector<TimerSpan> timers;
    std::vector<CwndSample> cwnd;
    std::vector<AppEvent> app;
    std::vector<HostEventRecord> events;
    Time end{};

    const HostSummary& host(HostId h) const { return hosts[static_cast<std::size_t>(h)]; }
};

} // namespace ackademy::sim
