#pragma once
// JSON lines: one object per timeline event, in time order (PC-12 trace export).
//
// Fields: t_us, event (send | arrive | drop | state | timer | user | deliver), host, packet,
// flags, seq, ack, len, win, retransmission_of, from, to, reason, rule. Fields that do not
// apply to an event are omitted. The order is total and deterministic: by time, then arrivals
// and drops, then connection events in the order the hosts reported them, then sends in wire
// order.

#include "core/sim/timeline.hpp"

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace ackademy::trace {

enum class EntryKind : std::uint8_t { Send, Arrive, Drop, State, Timer, User, Deliver };

std::string_view to_string(EntryKind kind);

/// One event of the timeline, pointing back into it (segment or connection event).
struct TimelineEntry {
    Time at{};
    EntryKind kind = EntryKind::Send;
    sim::HostId host = sim::HostId::A; ///< who sends / receives / changes state
    int segment = -1;                  ///< index into Timeline::segments (send, arrive, drop)
    int event = -1;                    ///< index into Timeline::events (the others)
};

/// Every reportable event of `timeline`, in the deterministic order described above.
/// Link-made duplicate copies are reported as arrivals only (they were never sent).
std::vector<TimelineEntry> ordered_entries(const sim::Timeline& timeline);

/// n for "retransmission #n" of segment `id` (1 for the first retransmission); 0 if it is
/// not a retransmission.
int retransmission_number(const sim::Timeline& timeline, int id);

/// Why a segment was dropped, e.g. "drop rule A:S" or "random loss". `drops` are the
/// scenario's drop rules (to name the rule); may be empty.
std::string drop_reason(const sim::SegmentRecord& segment, std::span<const sim::SegmentMatch> drops);

/// Writes one JSON object per line.
void write_jsonl(std::ostream& out, const sim::Timeline& timeline,
                 std::span<const sim::SegmentMatch> drops = {});
std::string to_jsonl(const sim::Timeline& timeline, std::span<const sim::SegmentMatch> drops = {});

} // namespace ackademy::trace
