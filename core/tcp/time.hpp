#pragma once
// Virtual time. Always an integer number of microseconds, never a float (determinism).

#include <chrono>

namespace ackademy {

/// A span of virtual time.
using Duration = std::chrono::microseconds;
/// A point in virtual time: microseconds since the start of the simulation.
using Time = std::chrono::microseconds;

} // namespace ackademy
