#pragma once
// The segment-matching grammar shared by drop, delay and duplicate rules (CLI, scenario
// files and GUI all use it):
//
//   N                 the N-th segment put on the wire (1-based, both directions, wire order)
//   [A|B:]FLAGS[#K]   the K-th (default first) segment from that host (default: either)
//                     whose flags are exactly FLAGS in tcpdump letters: S, S., ., P., F.,
//                     FP., R, R. ...   Examples: A:S  B:S.#2  A:P.#3

#include "core/tcp/flags.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ackademy::sim {

enum class HostId : std::uint8_t { A = 0, B = 1 };

inline char host_letter(HostId h)
{
    return h == HostId::A ? 'A' : 'B';
}
inline HostId other(HostId h)
{
    return h == HostId::A ? HostId::B : HostId::A;
}

struct SegmentMatch {
    std::string text;              ///< as written, for messages and round trips
    std::optional<int> wire_index; ///< N form
    std::optional<HostId> host;
    tcp::TcpFlags flags;
    int occurrence = 1; ///< K

    /// Parses one rule; on error returns nullopt and sets `error` to one sentence saying
    /// what is wrong and what was expected.
    static std::optional<SegmentMatch> parse(std::string_view text, std::string* error);
};

/// Counts segments as they are put on the wire and tells which rules they match.
class MatchCounter {
public:
    /// True if `rule` matches a segment. `wire_index` is its 1-based place on the wire;
    /// `count_from_host` counts the segments with exactly these flags sent so far by its
    /// sender (itself included), `count_any_host` the same over both hosts.
    static bool matches(const SegmentMatch& rule, int wire_index, HostId from, tcp::TcpFlags flags,
                        int count_from_host, int count_any_host);
};

} // namespace ackademy::sim
