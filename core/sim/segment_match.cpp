#include "core/sim/segment_match.hpp"

#include <charconv>

namespace ackademy::sim {

namespace {

std::optional<int> parse_positive(std::string_view digits)
{
    int value = 0;
    const auto* end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 1) return std::nullopt;
    return value;
}

bool fail(std::string* error, std::string message)
{
    if (error != nullptr) *error = std::move(message);
    return false;
}

} // namespace

std::optional<SegmentMatch> SegmentMatch::parse(std::string_view text, std::string* error)
{
    SegmentMatch rule;
    rule.text = std::string(text);
    const std::string quoted = "'" + std::string(text) + "'";
    if (text.empty()) {
        fail(error, "empty segment rule; expected N, or [A|B:]FLAGS[#K] such as A:S or B:S.#2");
        return std::nullopt;
    }
    if (text.find_first_not_of("0123456789") == std::string_view::npos) {
        auto n = parse_positive(text);
        if (!n) {
            fail(error, "segment rule " + quoted + ": the segment number must be 1 or more");
            return std::nullopt;
        }
        rule.wire_index = *n;
        return rule;
    }
    std::string_view rest = text;
    if (rest.size() >= 2 && rest[1] == ':') {
        if (rest[0] == 'A' || rest[0] == 'a')
            rule.host = HostId::A;
        else if (rest[0] == 'B' || rest[0] == 'b')
            rule.host = HostId::B;
        else {
            fail(error, "segment rule " + quoted + ": the host before ':' must be A or B");
            return std::nullopt;
        }
        rest.remove_prefix(2);
    }
    if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
        auto k = parse_positive(rest.substr(hash + 1));
        if (!k) {
            fail(error,
                 "segment rule " + quoted + ": the count after '#' must be a whole number of 1 or more");
            return std::nullopt;
        }
        rule.occurrence = *k;
        rest = rest.substr(0, hash);
    }
    auto flags = tcp::TcpFlags::from_tcpdump_letters(rest);
    if (rest.empty() || !flags) {
        fail(error, "segment rule " + quoted + ": '" + std::string(rest) +
                        "' are not tcpdump flag letters; expected e.g. S, S., ., P., F., FP., R or R.");
        return std::nullopt;
    }
    rule.flags = *flags;
    return rule;
}

bool MatchCounter::matches(const SegmentMatch& rule, int wire_index, HostId from, tcp::TcpFlags flags,
                           int count_from_host, int count_any_host)
{
    if (rule.wire_index) return *rule.wire_index == wire_index;
    if (rule.host && *rule.host != from) return false;
    if (rule.flags != flags) return false;
    return rule.occurrence == (rule.host ? count_from_host : count_any_host);
}

} // namespace ackademy::sim
