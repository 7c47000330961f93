#pragma once
// The built-in scenario library: one lesson per classic TCP situation (RFC 9293 Figures 6-13
// and the behaviours of tcp-behaviour.md §3.6). Each is stored as real JSON text, loaded
// through the same loader as a user's file, so `ackademy-cli show NAME` prints a file that can
// be copied and edited.

#include "core/sim/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ackademy::scenario {

struct BuiltinInfo {
    std::string name;
    std::string title;
    std::string description;
};

/// All built-ins in teaching order.
std::vector<BuiltinInfo> builtin_scenarios();

/// The named built-in, or nullopt if there is none.
std::optional<sim::Scenario> builtin_scenario(std::string_view name);

/// The built-in's JSON text exactly as stored, or nullopt if there is none.
std::optional<std::string_view> builtin_scenario_json(std::string_view name);

/// Built-in names closest to `name` by edit distance (best first, at most 3, only plausible
/// ones), for "unknown scenario 'hanshake'; did you mean handshake?".
std::vector<std::string> nearest_builtin_names(std::string_view name);

} // namespace ackademy::scenario
