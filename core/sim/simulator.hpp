#pragma once
// simulate(): Scenario -> Timeline. A discrete-event loop over integer virtual time with
// deterministic tie-breaking (events at the same instant run in the order they were
// scheduled). One seeded generator drives all randomness.

#include "core/sim/scenario.hpp"
#include "core/sim/timeline.hpp"

#include <array>
#include <optional>
#include <stdexcept>

namespace ackademy::sim {

/// Thrown for a scenario that cannot run (e.g. an unknown profile); the message says why.
class ScenarioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Timeline simulate(const Scenario& scenario);

/// What one connection holds at an instant: its state and TCB, timers and congestion window.
/// (Its own fields, not tcp::Tcb: connection.hpp has a member named emit(), which Qt's macro
/// of that name breaks, and the GUI includes this header.)
struct ConnectionSnapshot {
    tcp::State state = tcp::State::Closed;
    // RFC 9293 §3.3.1 names.
    tcp::SeqNum iss = 0;
    tcp::SeqNum snd_una = 0;
    tcp::SeqNum snd_nxt = 0;
    std::uint32_t snd_wnd = 0; ///< scaled
    tcp::SeqNum irs = 0;
    tcp::SeqNum rcv_nxt = 0;
    std::uint32_t rcv_wnd = 0; ///< scaled
    std::uint16_t eff_mss = 0; ///< Eff.snd.MSS
    Duration rto{};            ///< the current retransmission timeout (backed off)
    int backoff = 0;           ///< consecutive RTO doublings (RT-8)
    int retransmissions = 0;   ///< segments retransmitted so far
    std::uint32_t cwnd = 0;
    std::uint32_t ssthresh = 0;
    std::uint32_t flight = 0; ///< SND.MAX - SND.UNA
};

/// Each host's primary connection (Host::primary_connection()) once every event at or before
/// `at` has run; nullopt for a host that has none then. It runs the scenario up to `at` (a
/// handshake takes microseconds), so the Timeline keeps no TCB copies per segment. The run is
/// the same as simulate()'s up to `at`, so the values are exactly those of that run.
std::array<std::optional<ConnectionSnapshot>, 2> snapshot_at(const Scenario& scenario, Time at);

/// The bytes a `send` action with `bytes: N` transmits: a readable repeating pattern.
tcp::Payload generated_payload(std::uint64_t size);

} // namespace ackademy::sim
