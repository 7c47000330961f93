#include "core/sim/simulator.hpp"

#include "core/sim/random.hpp"
#include "core/sim/timeline_recorder.hpp"
#include "core/tcp/host.hpp"
#include "core/tcp/profile.hpp"

#include <queue>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
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

namespace {

std::shared_ptr<const tcp::Bytes> generate_stream(std::uint64_t size)
{
    static constexpr std::string_view pattern = "Ackademy sends these bytes to show TCP at work. ";
    auto chunk = std::make_shared<tcp::Bytes>(size);
    // The pattern once, then the filled part copied onto the rest in doubling blocks: the
    // same bytes as pattern[i % pattern.size()], at memcpy speed for a 100 MB stream.
    std::uint8_t* data = chunk->data();
    const std::size_t first = std::min<std::size_t>(size, pattern.size());
    std::memcpy(data, pattern.data(), first);
    for (std::size_t filled = first; filled < size;) {
        const std::size_t block =
            std::min<std::size_t>(filled / pattern.size() * pattern.size(), size - filled);
        std::memcpy(data + filled, data, block);
        filled += block;
    }
    return chunk;
}

} // namespace

tcp::Payload generated_payload(std::uint64_t size)
{
    // Every generated stream is a prefix of the same pattern, so one immutable chunk serves
    // them all. It is kept while some payload still refers to it: re-simulating a scenario
    // while its previous timeline is shown (what the GUI does on every drop) does not build
    // a large stream again. Small streams are cheap and not shared.
    constexpr std::uint64_t kShareFrom = std::uint64_t{64} * 1024;
    if (size < kShareFrom) return tcp::Payload(generate_stream(size), 0, static_cast<std::uint32_t>(size));
    static std::mutex mutex;
    static std::weak_ptr<const tcp::Bytes> shared;
    std::shared_ptr<const tcp::Bytes> chunk;
    {
        const std::lock_guard lock(mutex);
        chunk = shared.lock();
        if (!chunk || chunk->size() < size) {
            chunk = generate_stream(size);
            shared = chunk;
        }
    }
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
        hosts_[0].emplace(sc_.a.ip, *profile_, sc_.seed * 2 + 1);
        hosts_[1].emplace(sc_.b.ip, *profile_, sc_.seed * 2 + 2);
        for (auto& h : hosts_) h->set_output(&host_outputs_, &host_events_);
        timeline_.profile = sc_.profile;
        timeline_.hosts[0].ip = sc_.a.ip;
        timeline_.hosts[0].port = sc_.a.port;
        timeline_.hosts[1].ip = sc_.b.ip;
        timeline_.hosts[1].port = sc_.b.port;
        // Rule counters are only needed when a rule may look at them.
        if (!sc_.drops.empty() || !sc_.delays.empty() || !sc_.duplicates.empty())
            flag_counts_ = std::make_unique<FlagCounts>();
        // Room for a short lesson without regrowing; a long run grows and is trimmed at the end.
        std::vector<Item> storage;
        storage.reserve(16);
        queue_ = Queue(std::greater<>(), std::move(storage));
        timeline_.segments.reserve(16);
        timeline_.events.reserve(64);
        timeline_.states.reserve(16);
        timeline_.timers.reserve(32);
        timeline_.cwnd.reserve(16);
        timeline_.app.reserve(sc_.actions.size());
        host_events_.reserve(16);
        host_outputs_.reserve(8);
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
            const auto host = static_cast<HostId>(item.host);
            if (item.kind == Item::Timer && scheduled_[idx(host)] != item.at) continue; // superseded
            now = item.at;
            switch (item.kind) {
            case Item::Action:
                run_action(now, sc_.actions[static_cast<std::size_t>(item.index)]);
                break;
            case Item::Arrival:
                arrive(now, static_cast<int>(item.index));
                break;
            case Item::Timer:
                fire_timer(now, host);
                break;
            }
        }
        timeline_.end = queue_.empty() ? now : sc_.until;
        summarise();
        trim(timeline_.segments);
        trim(timeline_.events);
        trim(timeline_.states);
        trim(timeline_.timers);
        trim(timeline_.cwnd);
        trim(timeline_.app);
        return std::move(timeline_);
    }

    std::array<std::optional<ConnectionSnapshot>, 2> snapshots() const
    {
        std::array<std::optional<ConnectionSnapshot>, 2> out;
        for (HostId h : {HostId::A, HostId::B}) {
            const Host& hh = *hosts_[idx(h)];
            const tcp::Connection* c = hh.connection(hh.primary_connection());
            if (c == nullptr) continue;
            const tcp::Tcb& t = c->tcb();
            out[idx(h)] = ConnectionSnapshot{.state = c->state(),
                                             .iss = t.iss,
                                             .snd_una = t.snd_una,
                                             .snd_nxt = t.snd_nxt,
                                             .snd_wnd = t.snd_wnd,
                                             .irs = t.irs,
                                             .rcv_nxt = t.rcv_nxt,
                                             .rcv_wnd = t.rcv_wnd,
                                             .eff_mss = t.eff_mss,
                                             .rto = c->rto(),
                                             .backoff = c->backoff_count(),
                                             .retransmissions = c->retransmissions(),
                                             .cwnd = c->congestion().cwnd(),
                                             .ssthresh = c->congestion().ssthresh(),
                                             .flight = c->flight_size()};
        }
        return out;
    }

private:
    /// One scheduled step. It is 16 bytes, so that the heap moves it in two registers: a
    /// 32-byte item was copied through memory in a way that stalls store-to-load forwarding
    /// (a tenth of a short lesson's time, measured with perf; docs/performance.md).
    struct Item {
        enum Kind : std::uint8_t { Action, Arrival, Timer };
        static constexpr std::uint64_t kMaxOrder = (std::uint64_t{1} << 32) - 1;
        static constexpr std::uint64_t kMaxIndex = (std::uint64_t{1} << 29) - 1;
        Time at;
        std::uint64_t order : 32; ///< ties at the same instant run in the order they were scheduled
        std::uint64_t index : 29; ///< Action: index into Scenario::actions; Arrival: segment id
        std::uint64_t kind : 2;   ///< a Kind
        std::uint64_t host : 1;   ///< Timer: the host (a HostId)
        bool operator>(const Item& o) const { return at != o.at ? at > o.at : order > o.order; }
    };
    static_assert(sizeof(Item) == 16);

    /// Gives back the spare capacity of a long run's vector, so that the timeline's memory
    /// grows linearly with its length (a short lesson keeps its small reserve).
    template <typename T> static void trim(std::vector<T>& v)
    {
        if (v.capacity() > v.size() + v.size() / 16 + 64) v.shrink_to_fit();
    }

    void push(Time at, Item::Kind kind, int index, HostId host)
    {
        // Four billion steps or half a billion segments take hours; refuse rather than wrap.
        if (next_order_ > Item::kMaxOrder || static_cast<std::uint64_t>(index) > Item::kMaxIndex)
            throw ScenarioError("the run is too long to simulate (more than 2^32 steps or 2^29 segments); "
                                "expected a shorter 'until'");
        Item item{};
        item.at = at;
        item.order = next_order_++;
        item.index = static_cast<std::uint64_t>(index);
        item.kind = kind;
        item.host = idx(host);
        queue_.push(item);
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
        // on_packet() only queues the host's replies; nothing touches the timeline until
        // collect(), so the record can be passed by reference.
        const SegmentRecord& rec = timeline_.segments[static_cast<std::size_t>(id)];
        const HostId to = other(rec.from);
        host(to).on_packet(now, rec.packet);
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
        // What the host produced since the last collect() (transmit() does not call into a host).
        for (const tcp::HostEvent& e : host_events_) recorder_.record_event(h, e);
        host_events_.clear();
        for (HostOutput& out : host_outputs_) transmit(now, h, out);
        host_outputs_.clear();
        const auto deadline = host(h).next_deadline();
        if (deadline && deadline != scheduled_[idx(h)]) {
            scheduled_[idx(h)] = deadline;
            push(*deadline, Item::Timer, 0, h);
        }
        if (!deadline) scheduled_[idx(h)].reset();
    }

    int count_flags(HostId from, tcp::TcpFlags flags, bool per_host) const
    {
        const std::size_t bits = flags.bits & tcp::TcpFlags::ALL;
        return per_host ? flag_counts_->per_host[idx(from)][bits] : flag_counts_->any_host[bits];
    }

    void transmit(Time now, HostId from, HostOutput& out)
    {
        // Filled in place in the timeline (a temporary of 184 bytes copied in afterwards costs
        // store-forwarding stalls; see TimelineRecorder::record_event). Nothing below adds to
        // timeline_.segments before the duplicate, which is made from a copy.
        const int id = static_cast<int>(timeline_.segments.size());
        SegmentRecord& rec = timeline_.segments.emplace_back();
        rec.id = id;
        rec.from = from;
        rec.sent = now;
        rec.packet = std::move(out.packet);
        rec.connection = out.connection;
        rec.retransmission = out.retransmission;
        rec.rule = out.rule;
        recorder_.link_retransmission(rec);

        Duration extra{0};
        bool duplicate = false;
        if (flag_counts_) {
            const tcp::TcpFlags flags = rec.packet.tcp.flags;
            const std::size_t bits = flags.bits & tcp::TcpFlags::ALL;
            ++flag_counts_->per_host[idx(from)][bits];
            ++flag_counts_->any_host[bits];
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
            for (const DelayRule& d : sc_.delays) {
                if (matches(d.match)) extra += d.extra;
            }
            for (const SegmentMatch& m : sc_.duplicates) duplicate = duplicate || matches(m);
        }

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
            // The departure times are only needed to tell whether the queue is full.
            const bool queue_limited = params.queue_packets > 0;
            if (queue_limited) ls.forget_departed(now);
            if (rec.cause == DropCause::None && queue_limited && ls.queued() >= params.queue_packets) {
                rec.cause = DropCause::QueueFull;
            }
            if (rec.cause != DropCause::QueueFull) {
                start = std::max(now, ls.busy_until);
                ls.busy_until = start + tx;
                if (queue_limited) ls.departures.push_back(ls.busy_until);
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
        if (!make_copy) return;
        SegmentRecord copy = rec; // before push_back, which may move rec
        copy.duplicate_copy = true;
        copy.id = id + 1;
        copy.arrived = *copy.arrived + std::max(tx, Duration(1));
        push(*copy.arrived, Item::Arrival, copy.id, from);
        timeline_.segments.push_back(std::move(copy));
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
        /// Departure times of the queued segments, oldest first from `head` (a queue that
        /// reuses its storage).
        std::vector<Time> departures;
        std::size_t head = 0;

        std::size_t queued() const { return departures.size() - head; }
        void forget_departed(Time now)
        {
            while (head < departures.size() && departures[head] <= now) ++head;
            if (head == departures.size()) {
                departures.clear();
                head = 0;
            } else if (head > 1024 && head * 2 > departures.size()) {
                departures.erase(departures.begin(), departures.begin() + static_cast<std::ptrdiff_t>(head));
                head = 0;
            }
        }
    };

    struct FlagCounts {
        std::array<std::array<int, tcp::TcpFlags::ALL + 1>, 2> per_host{};
        std::array<int, tcp::TcpFlags::ALL + 1> any_host{};
    };

    using Queue = std::priority_queue<Item, std::vector<Item>, std::greater<>>;

    const Scenario& sc_;
    const tcp::Profile* profile_ = nullptr;
    Random rng_;
    std::array<std::optional<Host>, 2> hosts_; ///< in place: no allocation for them
    std::array<std::optional<Time>, 2> scheduled_;
    std::array<bool, 2> used_config_isn_{};
    std::array<LinkState, 2> links_;
    Queue queue_;
    std::uint64_t next_order_ = 0;
    /// Both hosts append here (Host::set_output); collect() empties them, so the capacity is
    /// reused: no allocation per segment, no copy between host and simulator.
    std::vector<tcp::HostEvent> host_events_;
    std::vector<HostOutput> host_outputs_;
    Timeline timeline_;
    TimelineRecorder recorder_{timeline_};
    std::unique_ptr<FlagCounts> flag_counts_; ///< only when the scenario has rules
};

} // namespace

Timeline simulate(const Scenario& scenario)
{
    return Simulator(scenario).run();
}

std::array<std::optional<ConnectionSnapshot>, 2> snapshot_at(const Scenario& scenario, Time at)
{
    Scenario upto = scenario;
    upto.until = std::min(scenario.until, at);
    Simulator sim(upto);
    sim.run();
    return sim.snapshots();
}

} // namespace ackademy::sim
