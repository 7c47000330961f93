// libFuzzer target for the drop-rule grammar (CLI --drop, scenario files, GUI): any text is
// either refused with a message or parsed, and a parsed rule re-parses from its own text.
#include "core/sim/segment_match.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string error;
    const auto rule = ackademy::sim::SegmentMatch::parse(text, &error);
    if (!rule) {
        if (error.empty()) std::abort();
        return 0;
    }
    std::string again;
    const auto reparsed = ackademy::sim::SegmentMatch::parse(rule->text, &again);
    if (!reparsed || reparsed->wire_index != rule->wire_index || reparsed->host != rule->host ||
        reparsed->flags != rule->flags || reparsed->occurrence != rule->occurrence) {
        std::abort();
    }
    return 0;
}
