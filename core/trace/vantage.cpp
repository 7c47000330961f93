#include "core/trace/vantage.hpp"

#include <algorithm>
#include <tuple>

namespace ackademy::trace {

std::optional<Vantage> vantage_from_string(std::string_view text)
{
    if (text == "wire") return Vantage::Wire;
    if (text == "A" || text == "a") return Vantage::A;
    if (text == "B" || text == "b") return Vantage::B;
    return std::nullopt;
}

std::string_view to_string(Vantage vantage)
{
    switch (vantage) {
    case Vantage::Wire:
        return "wire";
    case Vantage::A:
        return "A";
    case Vantage::B:
        return "B";
    }
    return "?";
}

std::vector<CapturedPacket> capture(const sim::Timeline& t, Vantage vantage)
{
    struct Keyed {
        Time at;
        int rank; // arrivals before sends at the same instant
        int id;
    };
    std::vector<Keyed> keys;
    keys.reserve(t.segments.size());
    for (const sim::SegmentRecord& s : t.segments) {
        if (vantage == Vantage::Wire) {
            if (!s.duplicate_copy) keys.push_back({s.sent, 0, s.id});
            continue;
        }
        const sim::HostId me = vantage == Vantage::A ? sim::HostId::A : sim::HostId::B;
        if (s.from == me && !s.duplicate_copy) keys.push_back({s.sent, 1, s.id});
        if (s.from != me && s.arrived) keys.push_back({*s.arrived, 0, s.id});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Keyed& x, const Keyed& y) {
        return std::tie(x.at, x.rank, x.id) < std::tie(y.at, y.rank, y.id);
    });
    std::vector<CapturedPacket> out;
    out.reserve(keys.size());
    for (const Keyed& k : keys) out.push_back({k.at, t.segments[static_cast<std::size_t>(k.id)].packet});
    return out;
}

} // namespace ackademy::trace
