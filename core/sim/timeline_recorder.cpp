#include "core/sim/timeline_recorder.hpp"

namespace ackademy::sim {

using tcp::EventKind;

namespace {

std::size_t idx(HostId h)
{
    return static_cast<std::size_t>(h);
}

} // namespace

void TimelineRecorder::record_event(HostId h, const tcp::HostEvent& he)
{
    // The records are filled in place, field by field, rather than built as a temporary and
    // copied in: GCC copies such a temporary with 16-byte loads right after its narrow stores,
    // which stalls store-to-load forwarding (a tenth of a short run's time, measured with perf).
    const tcp::Event& e = he.event;
    if (is_recorded_event(e.kind)) {
        HostEventRecord& r = timeline_.events.emplace_back();
        r.host = h;
        r.connection = he.connection;
        r.event.at = e.at;
        r.event.rule = e.rule;
        r.event.count = e.count;
        r.event.value = e.value;
        r.event.kind = e.kind;
        r.event.from = e.from;
        r.event.to = e.to;
        r.event.timer = e.timer;
        r.event.error = e.error;
    }
    switch (e.kind) {
    case EventKind::StateChanged: {
        ConnTrack& t = track(h, he.connection);
        if (t.open_state >= 0) timeline_.states[static_cast<std::size_t>(t.open_state)].end = e.at;
        t.open_state = static_cast<std::int32_t>(timeline_.states.size());
        StateInterval& state = timeline_.states.emplace_back();
        state.host = h;
        state.connection = he.connection;
        state.state = e.to;
        state.begin = e.at;
        state.rule = e.rule;
        break;
    }
    case EventKind::TimerArmed: {
        std::int32_t& open = open_timer(h, he.connection, e.timer);
        close_timer(open, e.at, false);
        open = static_cast<std::int32_t>(timeline_.timers.size());
        TimerSpan& span = timeline_.timers.emplace_back();
        span.armed = e.at;
        span.deadline = e.at + e.duration;
        span.host = h;
        span.kind = e.timer;
        span.connection = he.connection;
        span.backoff = e.count;
        break;
    }
    case EventKind::TimerCancelled:
        close_timer(open_timer(h, he.connection, e.timer), e.at, false);
        break;
    case EventKind::TimerExpired:
        close_timer(open_timer(h, he.connection, e.timer), e.at, true);
        break;
    case EventKind::CongestionUpdate: {
        if (!timeline_.cwnd.empty()) {
            const CwndSample& last = timeline_.cwnd.back();
            if (last.host == h && last.cwnd == e.value && last.ssthresh == e.value2 &&
                last.flight == e.length)
                break;
        }
        CwndSample& sample = timeline_.cwnd.emplace_back();
        sample.at = e.at;
        sample.cwnd = e.value;
        sample.ssthresh = e.value2;
        sample.flight = e.length;
        sample.host = h;
        break;
    }
    default:
        break;
    }
}

TimelineRecorder::ConnTrack& TimelineRecorder::track(HostId h, int connection)
{
    auto& v = conns_[idx(h)];
    const auto slot = static_cast<std::size_t>(connection) + 1; // -1 (host-level) maps to slot 0
    if (v.empty()) v.reserve(4); // a lesson: host-level + up to 3 connections, one allocation
    if (slot >= v.size()) v.resize(slot + 1);
    return v[slot];
}

std::int32_t& TimelineRecorder::open_timer(HostId h, int connection, tcp::TimerKind kind)
{
    ConnTrack& t = track(h, connection);
    const auto k = static_cast<std::size_t>(kind);
    return k < t.open_timer.size() ? t.open_timer[k] : overflow_timer_[{h, connection, kind}];
}

void TimelineRecorder::close_timer(std::int32_t& open, Time at, bool expired)
{
    if (open < 0) return;
    TimerSpan& span = timeline_.timers[static_cast<std::size_t>(open)];
    span.ended = at;
    span.expired = expired;
    open = -1;
}

void TimelineRecorder::link_retransmission(SegmentRecord& rec)
{
    // A retransmission points at the first transmission of the same sequence number
    // (with the same SYN/FIN role) by the same connection.
    const tcp::Segment& s = rec.packet.tcp;
    if (s.seg_len() == 0) return;
    FirstTransmissions& first = track(rec.from, rec.connection).first_tx;
    const int found = first.find_or_add(s.seq, s.flags.syn(), s.payload.empty() && s.flags.fin(), rec.id);
    if (found >= 0 && rec.retransmission) rec.retransmission_of = found;
}

} // namespace ackademy::sim
