#pragma once
// Vantage points (PC-12): where a capture of a simulated run is taken. The CLI (--vantage,
// --pcap) and the GUI's trace export share this one function, so both write the same files.

#include "core/sim/timeline.hpp"
#include "core/trace/tcpdump.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace ackademy::trace {

enum class Vantage : std::uint8_t {
    Wire, ///< every segment as it is put on the link (lost ones included), at its send time
    A,    ///< what a capture on host A sees: its own sends, and the arrivals from B
    B,    ///< the same on host B
};

/// "wire", "A" or "B" (also "a" and "b"); nullopt for anything else.
std::optional<Vantage> vantage_from_string(std::string_view text);
std::string_view to_string(Vantage vantage);

/// The packets seen at a vantage point, in time order (at the same instant, arrivals before
/// sends, then in wire order). Link-made duplicate copies are never "sent"; a host sees them
/// arrive.
std::vector<CapturedPacket> capture(const sim::Timeline& timeline, Vantage vantage);

} // namespace ackademy::trace
