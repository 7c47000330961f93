#include "core/sim/simulator.hpp"

#include "core/sim/random.hpp"
#include "core/tcp/host.hpp"
#include "core/tcp/profile.hpp"

#include <queue>

#include <map>
#include <memory>
#include <tuple>

namespace ackademy::sim {

using tcp::EventKind;
using tcp::Host;
using tcp::HostOutput;

std::string_view to_string(DropCause cause)
{
    switch (cause) {
    case DropCause::None:
        return "none";
    case DropCause::Rule:
        return "drop rule";
    case DropCause::RandomLoss:
        return "random loss";
    case DropCause::QueueFull:
        return "queue full";
    }
    return "?";
}

std::string_view to_string(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Listen:
        return "listen";
    case ActionKind::Connect:
        return "connect";
    case ActionKind::Send:
        return "send";
    case ActionKind::Close:
        return "close";
    case ActionKind::Abort:
        return "abort";
    case ActionKind::Crash:
        return "crash";
    case ActionKind::PauseReading:
        return "pause-reading";
    case ActionKind::ResumeReading:
        return "resume-reading";
    }
    return "?";
}

std::optional<ActionKind> action_from_string(std::string_view text)
{
    for (auto kind :
         {ActionKind::Listen, ActionKind::Connect, ActionKind::Send, ActionKind::Close, ActionKind::Abort,
          ActionKind::Crash, ActionKind::PauseReading, ActionKind::ResumeReading}) {
        if (to_string(kind) == text) return kind;
    }
    return std::nullopt;
}

tcp::Payload generated_payload(std::uint64_t size)
{
    static constexpr std::string_view pattern = "Ackademy sends these bytes to show TCP at work. ";
    auto chunk = std::make_shared<tcp::Bytes>(size);
    for (std::uint64_t i = 0; i < size; ++i)
        (*chunk)[i] = static_cast<std::uint8_t>(pattern[i % pattern.size()]);
    return tcp::Payload(std::move(chunk), 0, static_cast<std::uint32_t>(size));
}

namespace {

std::size_t idx(HostId h)
{
    return static_cast<std::size_t>(h);
}

class Simulator {
public:
    explicit Simulator(const Scenario& scenario) : sc_(scenario), rng_(scenario.seed)
    {
        profile_ = tcp::Profile::by_name(sc_.profile);
        if (profile_ == nullptr)
            throw ScenarioError("unknown profile '" + sc_.profile + "'; expected rfc or linux");
        // Each host gets its own ISN key, derived from the one scenario seed (IS-3).
        hosts_[0] = std::make_unique<Host>(sc_.a.ip, *profile_, sc_.seed * 2 + 1);
        hosts_[1] = std::make_unique<Host>(sc_.b.ip, *profile_, sc_.seed * 2 + 2);
        timeline_.profile = sc_.profile;
        timeline_.hosts[0].ip = sc_.a.ip;
        timeline_.hosts[0].port = sc_.a.port;
        timeline_.hosts[1].ip = sc_.b.ip;
        timeline_.hosts[1].port = sc_.b.port;
    }

    Timeline run()
    {
        for (std::size_t i = 0; i < sc_.actions.size(); ++i)
            push(sc_.actions[i].at, Item::Action, static_cast<int>(i), sc_.actions[i].host);
        Time now{0};
        while (!queue_.empty()) {
            const Item item = queue_.top();
            if (item.at > sc_.until) break;
            queue_.pop();
            if (item.kind == Item::Timer && scheduled_[idx(item.host)] != item.at) continue; // superseded
            now = item.at;
            switch (item.kind) {
            case Item::Action:
                run_action(now, sc_.actions[static_cast<std::size_t>(item.index)]);
                break;
            case Item::Arrival:
                arrive(now, item.index);
                break;
            case Item::Timer:
                fire_timer(now, item.host);
                break;
            }
        }
        timeline_.end = queue_.empty() ? now : sc_.until;
        summarise();
        return std::move(timeline_);
    }

private:
    struct Item {
        enum Kind : std::uint8_t { Action, Arrival, Timer };
        Time at;
        std::uint64_t order;
        Kind kind;
        int index;
        HostId host;
        bool operator>(const Item& o) const { return std::tie(at, order) > std::tie(o.at, o.order); }
    };

    void push(Time at, Item::Kind kind, int index, HostId host)
    {
        queue_.push({at, next_order_++, kind, index, host});
    }

    Host& host(HostId h) { return *hosts_[idx(h)]; }
    const HostConfig& config(HostId h) const { return h == HostId::A ? sc_.a : sc_.b; }
    const LinkParams& link(HostId from) const { return from == HostId::A ? sc_.a_to_b : sc_.b_to_a; }

    void run_action(Time now, const sim::Action& action)
    {
        Host& h = host(action.host);
        const HostConfig& cfg = config(action.host);
        const HostConfig& peer = config(other(action.host));
        tcp::ConnError result = tcp::ConnError::None;
        std::uint64_t bytes = 0;
        switch (action.kind) {
        case ActionKind::Listen:
            h.listen(now, cfg.port, first_isn(action.host, action.isn));
            break;
        case ActionKind::Connect:
            h.connect(now, action.port.value_or(cfg.port), {peer.ip, peer.port},
                      first_isn(action.host, action.isn));
            break;
        case ActionKind::Send: {
            tcp::Payload payload =
                action.bytes > 0 ? generated_payload(action.bytes) : tcp::Payload::from_string(action.data);
            bytes = payload.size();
            result = h.send(now, h.primary_connection(), std::move(payload));
            break;
        }
        case ActionKind::Close:
            result = h.close(now, h.primary_connection());
            break;
        case ActionKind::Abort:
            result = h.abort(now, h.primary_connection());
            break;
        case ActionKind::Crash:
            h.crash(now);
            break;
        case ActionKind::PauseReading:
            h.set_reading(now, h.primary_connection(), false);
            break;
        case ActionKind::ResumeReading:
            h.set_reading(now, h.primary_connection(), true);
            break;
        }
        timeline_.app.push_back({action.host, now, action.kind, result, bytes});
        collect(now, action.host);
    }

    std::optional<tcp::SeqNum> first_isn(HostId h, std::optional<tcp::SeqNum> action_isn)
    {
        // The host's configured ISN applies to its first incarnation only; a later `connect`
        // (after a crash) uses its own `isn` or a generated one.
        if (action_isn) return action_isn;
        if (used_config_isn_[idx(h)]) return std::nullopt;
        used_config_isn_[idx(h)] = true;
        return config(h).isn;
    }

    void arrive(Time now, int id)
    {
        const SegmentRecord& rec = timeline_.segments[static_cast<std::size_t>(id)];
        const HostId to = other(rec.from);
        tcp::Packet packet = rec.packet;
        host(to).on_packet(now, packet);
        collect(now, to);
    }

    void fire_timer(Time now, HostId h)
    {
        if (scheduled_[idx(h)] != now) return; // superseded
        scheduled_[idx(h)].reset();
        host(h).on_timer(now);
        collect(now, h);
    }

    void collect(Time now, HostId h)
    {
        for (const tcp::HostEvent& e : host(h).take_events()) record_event(h, e);
        for (HostOutput& out : host(h).take_outputs()) transmit(now, h, std::move(out));
        const auto deadline = host(h).next_deadline();
        if (deadline && deadline != scheduled_[idx(h)]) {
            scheduled_[idx(h)] = deadline;
            push(*deadline, Item::Timer, 0, h);
        }
        if (!deadline) scheduled_[idx(h)].reset();
    }

    void record_event(HostId h, const tcp::HostEvent& he)
    {
        const tcp::Event& e = he.event;
        timeline_.events.push_back({h, he.connection, e});
        const auto key = std::pair{h, he.connection};
        switch (e.kind) {
        case EventKind::StateChanged: {
            if (auto it = open_state_.find(key); it != open_state_.end()) {
                timeline_.states[it->second].end = e.at;
            }
            open_state_[key] = timeline_.states.size();
            timeline_.states.push_back({h, he.connection, e.to, e.at, std::nullopt, e.rule});
            break;
        }
        case EventKind::TimerArmed: {
            const auto tkey = std::tuple{h, he.connection, e.timer};
            close_timer(tkey, e.at, false);
            open_timer_[tkey] = timeline_.timers.size();
            timeline_.timers.push_back(
                {h, he.connection, e.timer, e.at, e.at + e.duration, std::nullopt, false, e.count});
            break;
        }
        case EventKind::TimerCancelled:
            close_timer({h, he.connection, e.timer}, e.at, false);
            break;
        case EventKind::TimerExpired:
            close_timer({h, he.connection, e.timer}, e.at, true);
            break;
        case EventKind::CongestionUpdate: {
            if (!timeline_.cwnd.empty()) {
                const CwndSample& last = timeline_.cwnd.back();
                if (last.host == h && last.cwnd == e.value && last.ssthresh == e.value2 &&
                    last.flight == e.length)
                    break;
            }
            timeline_.cwnd.push_back({h, e.at, e.value, e.value2, e.length});
            break;
        }
        default:
            break;
        }
    }

    void close_timer(const std::tuple<HostId, int, tcp::TimerKind>& key, Time at, bool expired)
    {
        auto it = open_timer_.find(key);
        if (it == open_timer_.end()) return;
        TimerSpan& span = timeline_.timers[it->second];
        span.ended = at;
        span.expired = expired;
        open_timer_.erase(it);
    }

    int count_flags(HostId from, tcp::TcpFlags flags, bool per_host)
    {
        return per_host ? per_host_flags_[{from, flags.bits}] : any_host_flags_[flags.bits];
    }

    void transmit(Time now, HostId from, HostOutput out)
    {
        SegmentRecord rec;
        rec.id = static_cast<int>(timeline_.segments.size());
        rec.from = from;
        rec.sent = now;
        rec.packet = std::move(out.packet);
        rec.connection = out.connection;
        rec.retransmission = out.retransmission;
        rec.rule = out.rule;
        link_retransmission(rec);

        const tcp::TcpFlags flags = rec.packet.tcp.flags;
        ++per_host_flags_[{from, flags.bits}];
        ++any_host_flags_[flags.bits];
        const int wire_index = rec.id + 1;
        auto matches = [&](const SegmentMatch& m) {
            return MatchCounter::matches(m, wire_index, from, flags, count_flags(from, flags, true),
                                         count_flags(from, flags, false));
        };
        for (std::size_t i = 0; i < sc_.drops.size(); ++i) {
            if (matches(sc_.drops[i])) {
                rec.cause = DropCause::Rule;
                rec.drop_rule = static_cast<int>(i);
                break;
            }
        }
        Duration extra{0};
        for (const DelayRule& d : sc_.delays) {
            if (matches(d.match)) extra += d.extra;
        }
        bool duplicate = false;
        for (const SegmentMatch& m : sc_.duplicates) duplicate = duplicate || matches(m);

        const LinkParams& params = link(from);
        if (rec.cause == DropCause::None && rng_.chance(params.loss)) rec.cause = DropCause::RandomLoss;

        // Serialisation at the link rate behind a drop-tail queue.
        Time start = now;
        Duration tx{0};
        LinkState& ls = links_[idx(from)];
        if (params.rate_bps > 0) {
            const std::uint64_t bits = (tcp::kIpv4HeaderSize + tcp::tcp_header_size(rec.packet.tcp) +
                                        rec.packet.tcp.payload.size()) *
                                       8;
            tx = Duration(
                static_cast<std::int64_t>((bits * 1'000'000 + params.rate_bps - 1) / params.rate_bps));
            while (!ls.departures.empty() && ls.departures.front() <= now) ls.departures.pop_front();
            if (rec.cause == DropCause::None && params.queue_packets > 0 &&
                ls.departures.size() >= params.queue_packets) {
                rec.cause = DropCause::QueueFull;
            }
            if (rec.cause != DropCause::QueueFull) {
                start = std::max(now, ls.busy_until);
                ls.busy_until = start + tx;
                ls.departures.push_back(ls.busy_until);
            }
        }
        Time arrival = start + tx + params.delay + extra + Duration(rng_.symmetric(params.jitter.count()));
        const bool reordered = rng_.chance(params.reorder);
        // A segment held back (reordering, or a delay rule) lets later ones overtake it; it
        // does not hold them up. Plain jitter never reorders on its own.
        const bool held_back = reordered || extra > Duration::zero();
        if (reordered) {
            arrival += params.delay;
        } else if (!held_back && arrival < ls.last_arrival) {
            arrival = ls.last_arrival;
        }
        if (arrival <= now) arrival = now + Duration(1);
        if (!held_back) ls.last_arrival = arrival;

        if (rec.cause == DropCause::QueueFull) {
            rec.dropped = now;
        } else if (rec.cause != DropCause::None) {
            rec.dropped = now + (arrival - now) / 2; // lost part-way along the link
        } else {
            rec.arrived = arrival;
            push(arrival, Item::Arrival, rec.id, from);
        }
        const bool make_copy = rec.cause == DropCause::None && (duplicate || rng_.chance(params.duplicate));
        SegmentRecord copy;
        if (make_copy) {
            copy = rec;
            copy.duplicate_copy = true;
        }
        timeline_.segments.push_back(std::move(rec));
        if (make_copy) {
            copy.id = static_cast<int>(timeline_.segments.size());
            copy.arrived = *copy.arrived + std::max(tx, Duration(1));
            push(*copy.arrived, Item::Arrival, copy.id, from);
            timeline_.segments.push_back(std::move(copy));
        }
    }

    void link_retransmission(SegmentRecord& rec)
    {
        // A retransmission points at the first transmission of the same sequence number
        // (with the same SYN/FIN role) by the same connection.
        const tcp::Segment& s = rec.packet.tcp;
        const auto key =
            std::tuple{rec.from, rec.connection, s.seq, s.flags.syn(), s.payload.empty() && s.flags.fin()};
        if (s.seg_len() == 0) return;
        auto it = first_tx_.find(key);
        if (it == first_tx_.end()) {
            first_tx_.emplace(key, rec.id);
        } else if (rec.retransmission) {
            rec.retransmission_of = it->second;
        }
    }

    void summarise()
    {
        for (HostId h : {HostId::A, HostId::B}) {
            HostSummary& s = timeline_.hosts[idx(h)];
            const Host& hh = host(h);
            const int primary = hh.primary_connection();
            if (const tcp::Connection* c = hh.connection(primary)) {
                s.final_state = c->state();
                s.last_error = c->last_error();
            }
            for (const auto& c : hh.connections()) s.bytes_delivered += c->bytes_delivered();
        }
    }

    struct LinkState {
        Time busy_until{0};
        Time last_arrival{0};
        std::deque<Time> departures;
    };

    const Scenario& sc_;
    const tcp::Profile* profile_ = nullptr;
    Random rng_;
    std::array<std::unique_ptr<Host>, 2> hosts_;
    std::array<std::optional<Time>, 2> scheduled_;
    std::array<bool, 2> used_config_isn_{};
    std::array<LinkState, 2> links_;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue_;
    std::uint64_t next_order_ = 0;
    Timeline timeline_;
    std::map<std::pair<HostId, int>, std::size_t> open_state_;
    std::map<std::tuple<HostId, int, tcp::TimerKind>, std::size_t> open_timer_;
    std::map<std::pair<HostId, std::uint16_t>, int> per_host_flags_;
    std::map<std::uint16_t, int> any_host_flags_;
    std::map<std::tuple<HostId, int, tcp::SeqNum, bool, bool>, int> first_tx_;
};

} // namespace

Timeline simulate(const Scenario& scenario)
{
    return Simulator(scenario).run();
}

} // namespace ackademy::sim
