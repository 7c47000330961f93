#include "core/trace/narration.hpp"

#include <cstdio>
#include <map>
#include <tuple>

namespace ackademy::trace {

using sim::HostId;
using tcp::State;

namespace {

/// Whether a state change is the one a segment with these flags announces.
bool announces(State to, const tcp::Segment& seg)
{
    const tcp::TcpFlags f = seg.flags;
    switch (to) {
    case State::SynSent:
        return f.syn() && !f.ack();
    case State::SynReceived:
        return f.syn();
    case State::FinWait1:
    case State::LastAck:
        return f.fin();
    case State::Established:
    case State::CloseWait:
    case State::Closing:
    case State::TimeWait:
        return f.ack() && !f.syn() && !f.fin() && !f.rst() && seg.payload.empty();
    case State::Closed:
        return f.rst();
    default:
        return false;
    }
}

std::string host_name(HostId h)
{
    return std::string("Host ") + sim::host_letter(h);
}

/// Why a host is in a state, as a textbook would add after naming it.
std::string state_purpose(State to, HostId host)
{
    const std::string peer = host_name(sim::other(host));
    switch (to) {
    case State::Listen:
        return ", waiting for a connection request";
    case State::SynSent:
        return ", waiting for " + peer + " to confirm";
    case State::SynReceived:
        return ", waiting for " + peer + " to acknowledge it";
    case State::Established:
        return ": the connection is open";
    case State::FinWait1:
        return ", waiting for " + peer + " to acknowledge its FIN";
    case State::FinWait2:
        return ", waiting for " + peer + " to close its side";
    case State::CloseWait:
        return ": " + peer + " has finished sending";
    case State::Closing:
        return ": both sides are closing at once";
    case State::LastAck:
        return ", waiting for the last ACK";
    case State::TimeWait:
        return ", waiting 2 MSL so that old segments die out";
    case State::Closed:
        return "";
    }
    return "";
}

std::string timer_name(tcp::TimerKind kind)
{
    switch (kind) {
    case tcp::TimerKind::Retransmission:
        return "retransmission timer";
    case tcp::TimerKind::TimeWait:
        return "TIME-WAIT timer";
    case tcp::TimerKind::DelayedAck:
        return "delayed-ACK timer";
    case tcp::TimerKind::Persist:
        return "persist timer";
    case tcp::TimerKind::UserTimeout:
        return "user timeout";
    }
    return "timer";
}

std::string numbers(const NarrationLine& l)
{
    std::string s = "(seq = " + std::to_string(l.seq);
    if (l.flags.ack()) s += ", ack = " + std::to_string(l.ack);
    return s + ")";
}

std::string what(const NarrationLine& l)
{
    std::string s = l.flags.names();
    if (l.len > 0) s += " with " + std::to_string(l.len) + (l.len == 1 ? " byte" : " bytes") + " of data";
    return s;
}

std::string bracket(std::string_view a, std::string_view b = {})
{
    if (a.empty() && b.empty()) return "";
    if (a.empty() || b.empty() || a == b) return " [" + std::string(a.empty() ? b : a) + "]";
    return " [" + std::string(a) + ", " + std::string(b) + "]";
}

} // namespace

std::vector<NarrationLine> narrate(const sim::Timeline& timeline, std::span<const sim::SegmentMatch> drops)
{
    const std::vector<TimelineEntry> entries = ordered_entries(timeline);

    // Fold a state change into the first matching send of the same connection at that instant.
    std::vector<int> folded_into(entries.size(), -1); // state entry -> send entry
    std::vector<int> folds(entries.size(), -1);       // send entry -> state entry
    std::map<std::tuple<Time, HostId, int>, bool> sent_already;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].kind != EntryKind::Send) continue;
        const sim::SegmentRecord& s = timeline.segments[static_cast<std::size_t>(entries[i].segment)];
        auto [it, first] = sent_already.emplace(std::tuple{s.sent, s.from, s.connection}, true);
        if (!first || s.connection < 0) continue;
        for (std::size_t k = i; k-- > 0;) {
            const TimelineEntry& c = entries[k];
            if (c.at != s.sent) break;
            if (c.kind != EntryKind::State || folded_into[k] >= 0 || c.host != s.from) continue;
            const sim::HostEventRecord& r = timeline.events[static_cast<std::size_t>(c.event)];
            if (r.connection != s.connection) continue;
            if (announces(r.event.to, s.packet.tcp)) {
                folded_into[k] = static_cast<int>(i);
                folds[i] = static_cast<int>(k);
            }
            break; // only the latest state change of this connection can be announced
        }
    }

    // A listener spawns a new TCB for each SYN (the listener itself stays in LISTEN); that
    // TCB's CLOSED -> LISTEN step is bookkeeping, immediately followed by LISTEN ->
    // SYN-RECEIVED at the same instant. Narrating it would tell the class "Host B enters
    // LISTEN" when a SYN arrives, so it is left out.
    std::vector<bool> hidden(entries.size(), false);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].kind != EntryKind::State) continue;
        const sim::HostEventRecord& r = timeline.events[static_cast<std::size_t>(entries[i].event)];
        if (r.event.from != State::Closed || r.event.to != State::Listen) continue;
        for (std::size_t k = i + 1; k < entries.size() && entries[k].at == entries[i].at; ++k) {
            if (entries[k].kind != EntryKind::State || entries[k].host != entries[i].host) continue;
            const sim::HostEventRecord& n = timeline.events[static_cast<std::size_t>(entries[k].event)];
            if (n.connection == r.connection && n.event.from == State::Listen &&
                n.event.to == State::SynReceived) {
                hidden[i] = true;
                break;
            }
        }
    }

    std::vector<NarrationLine> lines;
    lines.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TimelineEntry& e = entries[i];
        if (folded_into[i] >= 0 || hidden[i]) continue;
        NarrationLine l;
        l.at = e.at;
        l.host = e.host;
        l.peer = sim::other(e.host);
        if (e.segment >= 0) {
            const sim::SegmentRecord& s = timeline.segments[static_cast<std::size_t>(e.segment)];
            const tcp::Segment& seg = s.packet.tcp;
            l.packet = s.id;
            l.flags = seg.flags;
            l.seq = seg.seq;
            l.ack = seg.ack;
            l.len = seg.payload.size();
            l.retransmission = retransmission_number(timeline, s.id);
            switch (e.kind) {
            case EntryKind::Send:
                l.kind = NarrationKind::Send;
                l.rule = s.rule;
                if (folds[i] >= 0) {
                    const sim::RecordedEvent& st = timeline
                                               .events[static_cast<std::size_t>(
                                                   entries[static_cast<std::size_t>(folds[i])].event)]
                                               .event;
                    l.from = st.from;
                    l.to = st.to;
                    l.state_rule = st.rule;
                }
                break;
            case EntryKind::Arrive:
                l.kind = NarrationKind::Arrive;
                l.peer = s.from;
                break;
            default:
                l.kind = NarrationKind::Drop;
                l.cause = s.cause;
                // The "rule" of a loss is what caused it: the drop rule as written, or the link.
                if (s.cause == sim::DropCause::Rule && s.drop_rule >= 0 &&
                    static_cast<std::size_t>(s.drop_rule) < drops.size()) {
                    l.drop_rule = drops[static_cast<std::size_t>(s.drop_rule)].text;
                    l.rule = drops[static_cast<std::size_t>(s.drop_rule)].text;
                } else if (s.cause == sim::DropCause::RandomLoss) {
                    l.rule = "random loss";
                } else if (s.cause == sim::DropCause::QueueFull) {
                    l.rule = "queue full";
                }
                break;
            }
        } else {
            const sim::RecordedEvent& ev = timeline.events[static_cast<std::size_t>(e.event)].event;
            l.rule = ev.rule;
            switch (e.kind) {
            case EntryKind::State:
                l.kind = NarrationKind::StateChange;
                l.from = ev.from;
                l.to = ev.to;
                break;
            case EntryKind::Timer:
                l.kind = NarrationKind::TimerExpired;
                l.timer = ev.timer;
                l.backoff = ev.count;
                break;
            case EntryKind::Deliver:
                l.kind = NarrationKind::Deliver;
                l.len = ev.value;
                break;
            default:
                l.kind = NarrationKind::User;
                l.error = ev.error;
                break;
            }
        }
        lines.push_back(std::move(l));
    }
    return lines;
}

std::string english(const NarrationLine& l)
{
    const std::string host = host_name(l.host);
    const std::string peer = host_name(l.peer);
    switch (l.kind) {
    case NarrationKind::Send: {
        std::string s =
            host + (l.retransmission > 0 ? " retransmits " : " sends ") + what(l) + " " + numbers(l);
        if (l.retransmission > 0) s += " (retransmission #" + std::to_string(l.retransmission) + ")";
        if (l.to) s += " and enters " + std::string(tcp::rfc_name(*l.to)) + state_purpose(*l.to, l.host);
        return s + "." + bracket(l.rule, l.state_rule);
    }
    case NarrationKind::Arrive:
        return host + " receives " + what(l) + " " + numbers(l) + " from " + peer + "." + bracket(l.rule);
    case NarrationKind::Drop: {
        std::string cause;
        switch (l.cause) {
        case sim::DropCause::Rule:
            cause = l.drop_rule.empty() ? "a drop rule" : "drop rule " + l.drop_rule;
            break;
        case sim::DropCause::RandomLoss:
            cause = "random loss";
            break;
        case sim::DropCause::QueueFull:
            cause = "the link's queue is full";
            break;
        case sim::DropCause::None:
            cause = "unknown cause";
            break;
        }
        // The cause in parentheses already names the drop rule; no bracket repeats it.
        return "The " + l.flags.names() + " " + numbers(l) + " from " + host + " to " + peer + " is lost (" +
               cause + ").";
    }
    case NarrationKind::StateChange: {
        const std::string to = l.to ? std::string(tcp::rfc_name(*l.to)) : "?";
        if (l.from && *l.from == State::Closed)
            return host + " enters " + to + (l.to ? state_purpose(*l.to, l.host) : "") + "." +
                   bracket(l.rule);
        return host + " moves from " + (l.from ? std::string(tcp::rfc_name(*l.from)) : "?") + " to " + to +
               (l.to ? state_purpose(*l.to, l.host) : "") + "." + bracket(l.rule);
    }
    case NarrationKind::TimerExpired:
        return host + "'s " + timer_name(l.timer) + " expires." + bracket(l.rule);
    case NarrationKind::Deliver:
        return host + " delivers " + std::to_string(l.len) + (l.len == 1 ? " byte" : " bytes") +
               " to its application." + bracket(l.rule);
    case NarrationKind::User:
        return host + " tells its application: " + std::string(tcp::to_string(l.error)) + "." +
               bracket(l.rule);
    }
    return "";
}

std::string english_text(const std::vector<NarrationLine>& lines)
{
    std::string out;
    for (const NarrationLine& l : lines) {
        const auto us = l.at.count();
        char stamp[40];
        std::snprintf(stamp, sizeof stamp, "%lld.%06lld ", static_cast<long long>(us / 1'000'000),
                      static_cast<long long>(us % 1'000'000));
        out += stamp;
        out += english(l);
        out += '\n';
    }
    return out;
}

} // namespace ackademy::trace
