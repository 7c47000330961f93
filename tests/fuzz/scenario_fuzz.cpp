// libFuzzer target for the scenario loader: any text is either refused with one message or
// loaded; a loaded scenario saves to JSON that loads back to the same JSON.
#include "core/scenario/json.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto first = ackademy::scenario::load_scenario_text(text, "fuzz.json");
    if (first.scenario.has_value() == !first.error.empty()) std::abort(); // exactly one of the two
    if (!first.scenario) return 0;
    const std::string saved = ackademy::scenario::to_json(*first.scenario);
    const auto second = ackademy::scenario::load_scenario_text(saved, "saved.json");
    if (!second.scenario) std::abort();
    if (ackademy::scenario::to_json(*second.scenario) != saved) std::abort();
    return 0;
}
