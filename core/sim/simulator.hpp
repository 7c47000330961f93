#pragma once
// simulate(): Scenario -> Timeline. A discrete-event loop over integer virtual time with
// deterministic tie-breaking (events at the same instant run in the order they were
// scheduled). One seeded generator drives all randomness.

#include "core/sim/scenario.hpp"
#include "core/sim/timeline.hpp"

#include <stdexcept>

namespace ackademy::sim {

/// Thrown for a scenario that cannot run (e.g. an unknown profile); the message says why.
class ScenarioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Timeline simulate(const Scenario& scenario);

/// The bytes a `send` action with `bytes: N` transmits: a readable repeating pattern.
tcp::Payload generated_payload(std::uint64_t size);

} // namespace ackademy::sim
