#pragma once
// Scenario files: JSON in, JSON out. The schema is documented in docs/scenarios.md.
//
// The loader never throws. Every error is one line that names the source, then either
// line:column (JSON syntax) or the JSON path of the offending value (everything else),
// and says what was expected:
//
//   lesson.json:3:14: syntax error: ...            (a raw byte that is not UTF-8 shows as <0x89>)
//   picture.json:1:1: not a JSON scenario: it starts with the byte 0x89; expected a JSON object, ...
//   lesson.json: link.loss: 1.5 is out of range 0..1
//   lesson.json: hosts.A.prot: unknown field; expected ip, port or isn

#include "core/sim/scenario.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ackademy::scenario {

struct LoadResult {
    std::optional<sim::Scenario> scenario; ///< set on success
    std::string error;                     ///< set on failure: one line, first error wins
};

/// Parses and validates a scenario. `source_name` (usually the file name) starts every message.
LoadResult load_scenario_text(std::string_view json, std::string_view source_name);

/// `text` as one readable line: a control character is written <U+000A> (as nlohmann writes
/// one), a byte that is not UTF-8 <0x89>; printable UTF-8 is kept. Every message of the loaders
/// has been through it; the command line passes its own messages, which quote what was typed.
std::string readable(std::string_view text);

/// Reads `path` and calls load_scenario_text() with the path as the source name.
LoadResult load_scenario_file(const std::filesystem::path& path);

/// The scenario as pretty JSON (2-space indent, schema order) that loads back equal.
std::string to_json(const sim::Scenario& scenario);

} // namespace ackademy::scenario
