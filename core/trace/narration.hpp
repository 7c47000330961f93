#pragma once
// Narration: one sentence per timeline event, in a textbook's voice, e.g.
//   "Host A sends SYN (seq = 3626544836) and enters SYN-SENT, waiting for Host B to confirm."
//
// narrate() builds a structured list (kind + values, never English); the GUI translates it
// with tr(), the CLI prints english().

#include "core/sim/timeline.hpp"
#include "core/trace/jsonl.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ackademy::trace {

enum class NarrationKind : std::uint8_t {
    Send,         ///< flags, seq, ack (if ACK), len; retransmission > 0: "#n"; enters: merged state change
    Arrive,       ///< the segment from `peer` reached `host`
    Drop,         ///< the segment from `host` to `peer` was lost: cause, drop_rule
    StateChange,  ///< from -> to
    TimerExpired, ///< timer
    Deliver,      ///< bytes handed to the application
    User,         ///< error: what the application is told
};

struct NarrationLine {
    Time at{};
    sim::HostId host = sim::HostId::A;
    /// Checklist rule ID. For a Drop: the drop rule as written ("B:S.", a view into the
    /// `drops` passed to narrate()), "random loss" or "queue full". Empty for arrivals.
    std::string_view rule;
    NarrationKind kind = NarrationKind::Send;

    // Values (which apply depends on kind).
    sim::HostId peer = sim::HostId::B;
    int packet = -1;
    tcp::TcpFlags flags;
    tcp::SeqNum seq = 0;
    tcp::SeqNum ack = 0;
    std::uint32_t len = 0;  ///< data octets (Send, Arrive, Drop) or delivered octets
    int retransmission = 0; ///< n of "retransmission #n"; 0 = first transmission
    std::optional<tcp::State> from;
    std::optional<tcp::State> to; ///< StateChange; for Send: the state entered with it
    std::string_view state_rule;  ///< Send: rule of the merged state change
    sim::DropCause cause = sim::DropCause::None;
    std::string drop_rule; ///< Drop by rule: the rule as written ("A:S")
    tcp::TimerKind timer = tcp::TimerKind::Retransmission;
    int backoff = 0;
    tcp::ConnError error = tcp::ConnError::None;
};

/// The structured narration of `timeline`, in the order of ordered_entries(). A state change
/// made at the same instant as a send by the same connection is folded into that send
/// ("sends SYN ... and enters SYN-SENT"). `drops` are the scenario's drop rules (may be empty).
std::vector<NarrationLine> narrate(const sim::Timeline& timeline,
                                   std::span<const sim::SegmentMatch> drops = {});

/// The English sentence for one line, ending with its rule ID in brackets, e.g. " [SS-1]".
std::string english(const NarrationLine& line);

/// Every line as "   0.050000 Host B ...\n" (seconds since the start).
std::string english_text(const std::vector<NarrationLine>& lines);

} // namespace ackademy::trace
