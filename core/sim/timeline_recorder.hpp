#pragma once
// Builds the Timeline's derived records (state intervals, timer spans, cwnd samples,
// narration events, retransmission links) from a host's connection events. The simulator
// and the live bridge both record through it, so a live session's Timeline has exactly the
// shape of a simulated one.

#include "core/sim/timeline.hpp"
#include "core/tcp/host.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

namespace ackademy::sim {

class TimelineRecorder {
public:
    /// Records into `timeline`, which must outlive the recorder's use.
    explicit TimelineRecorder(Timeline& timeline) : timeline_(timeline) {}

    /// One connection event of host `h`.
    void record_event(HostId h, const tcp::HostEvent& he);
    /// Points a retransmission at the first transmission of the same sequence number (with the
    /// same SYN/FIN role) by the same connection, and remembers first transmissions.
    void link_retransmission(SegmentRecord& rec);

private:
    /// The first transmission of each (sequence number, SYN, FIN-only) of one connection: a set
    /// with insert-if-absent, as a sorted vector. Keys are taken relative to the first sequence
    /// number seen (modulo 2^32, a bijection, so the set is the same as one keyed by the raw
    /// number), which makes a sender's new data an append; the rare key below the newest one (a
    /// retransmission that starts at a new place) goes to a small ordered map.
    class FirstTransmissions {
    public:
        /// The id recorded for this key, or -1 after recording `id` for it.
        int find_or_add(tcp::SeqNum seq, bool syn, bool fin_only, int id)
        {
            if (sorted_.empty()) {
                base_ = seq;
                sorted_.reserve(16); // a lesson's connection: one allocation, not four
            }
            const std::uint32_t offset = seq - base_;
            const std::uint64_t key = (std::uint64_t{offset} << 2) | (syn ? 2U : 0U) | (fin_only ? 1U : 0U);
            if (sorted_.empty() || key > sorted_.back().key) {
                // Every key in others_ is below the newest key of sorted_, so this one is new.
                sorted_.push_back({key, id});
                return -1;
            }
            auto it = std::lower_bound(sorted_.begin(), sorted_.end(), key,
                                       [](const Entry& e, std::uint64_t k) { return e.key < k; });
            if (it != sorted_.end() && it->key == key) return it->id;
            auto [other, added] = others_.emplace(key, id);
            return added ? -1 : other->second;
        }

    private:
        struct Entry {
            std::uint64_t key;
            int id;
        };
        tcp::SeqNum base_ = 0;
        std::vector<Entry> sorted_;
        std::map<std::uint64_t, int> others_;
    };

    /// Per connection bookkeeping (flat, indexed by connection + 1 so that the host-level
    /// index -1 has a slot too).
    struct ConnTrack {
        std::int32_t open_state = -1;                               ///< index into timeline_.states
        std::array<std::int32_t, 5> open_timer{-1, -1, -1, -1, -1}; ///< per TimerKind, into timers
        FirstTransmissions first_tx;
    };

    ConnTrack& track(HostId h, int connection);
    std::int32_t& open_timer(HostId h, int connection, tcp::TimerKind kind);
    void close_timer(std::int32_t& open, Time at, bool expired);

    Timeline& timeline_;
    std::array<std::vector<ConnTrack>, 2> conns_;
    std::map<std::tuple<HostId, int, tcp::TimerKind>, std::int32_t> overflow_timer_; // unknown kinds only
};

} // namespace ackademy::sim
