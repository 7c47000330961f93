// libFuzzer target for the scenario loader: any text is either refused with one message or
// loaded; a loaded scenario saves to JSON that loads back to the same JSON. The message is one
// readable line: well-formed UTF-8 without control characters (a raw 0x89 or "\n" from the
// file would break it on a terminal or in the GUI's dialog).
#include "core/scenario/json.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

/// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF) and no
/// C0 control or DEL.
bool one_readable_line(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b == 0x7F) return false;
        if (b < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = b >= 0xC2 && b <= 0xDF   ? 2
                              : b >= 0xE0 && b <= 0xEF ? 3
                              : b >= 0xF0 && b <= 0xF4 ? 4
                                                       : 0;
        if (n == 0 || i + n > s.size()) return false;
        std::uint32_t code = b & (n == 2 ? 0x1Fu : n == 3 ? 0x0Fu : 0x07u);
        for (std::size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0u) != 0x80u) return false;
            code = (code << 6) | (c & 0x3Fu);
        }
        if (code < (n == 2   ? 0x80u
                    : n == 3 ? 0x800u
                             : 0x10000u) ||
            code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto first = ackademy::scenario::load_scenario_text(text, "fuzz.json");
    if (first.scenario.has_value() == !first.error.empty()) std::abort(); // exactly one of the two
    if (!first.scenario) {
        if (!one_readable_line(first.error)) std::abort();
        return 0;
    }
    const std::string saved = ackademy::scenario::to_json(*first.scenario);
    const auto second = ackademy::scenario::load_scenario_text(saved, "saved.json");
    if (!second.scenario) std::abort();
    if (ackademy::scenario::to_json(*second.scenario) != saved) std::abort();
    return 0;
}
