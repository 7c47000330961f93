#pragma once
// Scenarios built by hand for the trace text tests (no JSON needed).
#include "core/sim/scenario.hpp"

#include <chrono>
#include <string>

namespace ackademy::trace::testing {

inline sim::Scenario textbook_handshake()
{
    using namespace std::chrono_literals;
    sim::Scenario s;
    s.name = "handshake";
    s.a = {*tcp::ipv4_from_string("192.168.1.116"), 3337, 3626544836U};
    s.b = {*tcp::ipv4_from_string("192.168.1.123"), 7788, 1739326486U};
    s.actions.push_back({.at = 0ms, .host = sim::HostId::B, .kind = sim::ActionKind::Listen});
    s.actions.push_back({.at = 0ms, .host = sim::HostId::A, .kind = sim::ActionKind::Connect});
    s.until = 10s;
    return s;
}

/// The handshake with the first SYN dropped, then data and a close from A.
inline sim::Scenario syn_lost_with_data()
{
    using namespace std::chrono_literals;
    sim::Scenario s = textbook_handshake();
    s.actions.push_back(
        {.at = 5000ms, .host = sim::HostId::A, .kind = sim::ActionKind::Send, .data = "hello"});
    s.actions.push_back({.at = 6000ms, .host = sim::HostId::A, .kind = sim::ActionKind::Close});
    s.actions.push_back({.at = 6000ms, .host = sim::HostId::B, .kind = sim::ActionKind::Close});
    std::string error;
    s.drops.push_back(*sim::SegmentMatch::parse("A:S", &error));
    s.until = 300s;
    return s;
}

} // namespace ackademy::trace::testing
