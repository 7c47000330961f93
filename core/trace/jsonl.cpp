#include "core/trace/jsonl.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>
#include <sstream>
#include <tuple>

namespace ackademy::trace {

using sim::HostId;
using tcp::EventKind;

std::string_view to_string(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Send:
        return "send";
    case EntryKind::Arrive:
        return "arrive";
    case EntryKind::Drop:
        return "drop";
    case EntryKind::State:
        return "state";
    case EntryKind::Timer:
        return "timer";
    case EntryKind::User:
        return "user";
    case EntryKind::Deliver:
        return "deliver";
    }
    return "?";
}

std::vector<TimelineEntry> ordered_entries(const sim::Timeline& timeline)
{
    // (time, rank, index): rank 0 = arrivals and drops, 1 = connection events, 2 = sends.
    struct Keyed {
        Time at;
        int rank;
        int index;
        TimelineEntry entry;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(timeline.segments.size() * 2 + timeline.events.size());
    for (const sim::SegmentRecord& s : timeline.segments) {
        if (!s.duplicate_copy)
            keyed.push_back({s.sent, 2, s.id, {s.sent, EntryKind::Send, s.from, s.id, -1}});
        if (s.arrived)
            keyed.push_back(
                {*s.arrived, 0, s.id, {*s.arrived, EntryKind::Arrive, sim::other(s.from), s.id, -1}});
        if (s.dropped)
            keyed.push_back({*s.dropped, 0, s.id, {*s.dropped, EntryKind::Drop, s.from, s.id, -1}});
    }
    for (std::size_t i = 0; i < timeline.events.size(); ++i) {
        const sim::HostEventRecord& r = timeline.events[i];
        EntryKind kind{};
        switch (r.event.kind) {
        case EventKind::StateChanged:
            kind = EntryKind::State;
            break;
        case EventKind::TimerExpired:
            kind = EntryKind::Timer;
            break;
        case EventKind::UserNotified:
            kind = EntryKind::User;
            break;
        case EventKind::DataDelivered:
            kind = EntryKind::Deliver;
            break;
        default:
            continue;
        }
        const int index = static_cast<int>(i);
        keyed.push_back({r.event.at, 1, index, {r.event.at, kind, r.host, -1, index}});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
        return std::tie(x.at, x.rank, x.index) < std::tie(y.at, y.rank, y.index);
    });
    std::vector<TimelineEntry> out;
    out.reserve(keyed.size());
    for (const Keyed& k : keyed) out.push_back(k.entry);
    return out;
}

int retransmission_number(const sim::Timeline& timeline, int id)
{
    if (id < 0 || static_cast<std::size_t>(id) >= timeline.segments.size()) return 0;
    const sim::SegmentRecord& s = timeline.segments[static_cast<std::size_t>(id)];
    if (!s.retransmission) return 0;
    if (s.retransmission_of < 0) return 1;
    int n = 0;
    for (int i = s.retransmission_of + 1; i <= id; ++i) {
        const sim::SegmentRecord& o = timeline.segments[static_cast<std::size_t>(i)];
        if (!o.duplicate_copy && o.retransmission_of == s.retransmission_of) ++n;
    }
    return n;
}

std::string drop_reason(const sim::SegmentRecord& segment, std::span<const sim::SegmentMatch> drops)
{
    std::string reason(sim::to_string(segment.cause));
    if (segment.cause == sim::DropCause::Rule && segment.drop_rule >= 0 &&
        static_cast<std::size_t>(segment.drop_rule) < drops.size()) {
        reason += ' ';
        reason += drops[static_cast<std::size_t>(segment.drop_rule)].text;
    }
    return reason;
}

namespace {

std::string host_name(HostId h)
{
    return std::string(1, sim::host_letter(h));
}

void add_segment_fields(nlohmann::ordered_json& j, const sim::SegmentRecord& s)
{
    const tcp::Segment& seg = s.packet.tcp;
    j["packet"] = s.id;
    j["flags"] = seg.flags.tcpdump_letters();
    j["seq"] = seg.seq;
    if (seg.flags.ack()) j["ack"] = seg.ack;
    j["len"] = seg.payload.size();
    j["win"] = seg.window;
    if (s.retransmission_of >= 0) j["retransmission_of"] = s.retransmission_of;
}

} // namespace

void write_jsonl(std::ostream& out, const sim::Timeline& timeline, std::span<const sim::SegmentMatch> drops)
{
    for (const TimelineEntry& e : ordered_entries(timeline)) {
        nlohmann::ordered_json j;
        j["t_us"] = e.at.count();
        j["event"] = to_string(e.kind);
        j["host"] = host_name(e.host);
        if (e.segment >= 0) {
            const sim::SegmentRecord& s = timeline.segments[static_cast<std::size_t>(e.segment)];
            add_segment_fields(j, s);
            if (e.kind == EntryKind::Drop) {
                j["reason"] = drop_reason(s, drops);
                // The rule of a loss: the drop rule as written, or the link's random loss.
                if (s.cause == sim::DropCause::Rule && s.drop_rule >= 0 &&
                    static_cast<std::size_t>(s.drop_rule) < drops.size()) {
                    j["rule"] = drops[static_cast<std::size_t>(s.drop_rule)].text;
                } else if (s.cause != sim::DropCause::None) {
                    j["rule"] = sim::to_string(s.cause);
                }
            }
            if (e.kind == EntryKind::Send && !s.rule.empty()) j["rule"] = s.rule;
        } else {
            const sim::RecordedEvent& ev = timeline.events[static_cast<std::size_t>(e.event)].event;
            switch (e.kind) {
            case EntryKind::State:
                j["from"] = tcp::rfc_name(ev.from);
                j["to"] = tcp::rfc_name(ev.to);
                break;
            case EntryKind::Timer:
                j["reason"] = tcp::to_string(ev.timer);
                break;
            case EntryKind::User:
                j["reason"] = tcp::to_string(ev.error);
                break;
            case EntryKind::Deliver:
                j["len"] = ev.value;
                break;
            default:
                break;
            }
            if (!ev.rule.empty()) j["rule"] = ev.rule;
        }
        out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
}

std::string to_jsonl(const sim::Timeline& timeline, std::span<const sim::SegmentMatch> drops)
{
    std::ostringstream out;
    write_jsonl(out, timeline, drops);
    return out.str();
}

} // namespace ackademy::trace
