#include "core/tcp/host.hpp"

#include <utility>

namespace ackademy::tcp {

Host::Host(Ipv4Address address, const Profile& profile, std::uint64_t seed)
    : address_(address), profile_(&profile), isn_(seed)
{
    // A lesson has two or three connections per host and a call into one produces a few
    // segments and events: room for that up front instead of growing from empty.
    connections_.reserve(4);
    is_listener_.reserve(4);
    pending_outgoing_.reserve(8);
    pending_events_.reserve(16);
}

std::unique_ptr<Connection> Host::make_connection(const ConnectionConfig& config)
{
    auto c = std::make_unique<Connection>(config);
    c->set_output(&pending_outgoing_, &pending_events_);
    return c;
}

int Host::add_connection(std::uint16_t local_port, std::optional<SeqNum> passive_iss)
{
    ConnectionConfig config;
    config.passive_iss = passive_iss;
    config.profile = profile_;
    config.local = {address_, local_port};
    config.isn_generator = &isn_;
    // Linux gives every connection its own random TSval offset; ours comes from the seed.
    config.ts_offset = isn_.generate(Time{0}, address_, local_port, 0, 0);
    connections_.push_back(make_connection(config));
    is_listener_.push_back(false);
    return static_cast<int>(connections_.size()) - 1;
}

int Host::listen(Time now, std::uint16_t port, std::optional<SeqNum> first_iss)
{
    next_passive_iss_ = first_iss;
    const int index = add_connection(port);
    is_listener_[static_cast<std::size_t>(index)] = true;
    connections_.back()->open_passive(now);
    collect(index);
    return index;
}

std::uint16_t Host::next_ephemeral_port()
{
    // LX-19: ip_local_port_range 32768-60999, walked from a seed-dependent start.
    constexpr std::uint32_t first = 32768;
    constexpr std::uint32_t count = 60999 - 32768 + 1;
    if (ephemeral_ == 0)
        ephemeral_ = static_cast<std::uint16_t>(first + (isn_.generate(Time{0}, address_, 0, 0, 1) % count));
    const std::uint16_t port = ephemeral_;
    ephemeral_ = static_cast<std::uint16_t>(first + ((ephemeral_ - first + 1) % count));
    return port;
}

int Host::connect(Time now, std::uint16_t port, Endpoint remote, std::optional<SeqNum> iss)
{
    const int index = add_connection(port == 0 ? next_ephemeral_port() : port);
    connections_.back()->open_active(now, remote, iss);
    collect(index);
    return index;
}

int Host::primary_connection() const
{
    for (int i = static_cast<int>(connections_.size()) - 1; i >= 0; --i) {
        if (!is_listener_[static_cast<std::size_t>(i)]) return i;
    }
    for (int i = static_cast<int>(connections_.size()) - 1; i >= 0; --i) {
        if (connections_[static_cast<std::size_t>(i)]->state() != State::Closed) return i;
    }
    return connections_.empty() ? -1 : 0;
}

const Connection* Host::connection(int index) const
{
    if (index < 0 || index >= static_cast<int>(connections_.size())) return nullptr;
    return connections_[static_cast<std::size_t>(index)].get();
}

bool Host::listening(int index) const
{
    return index >= 0 && index < static_cast<int>(is_listener_.size()) &&
           is_listener_[static_cast<std::size_t>(index)];
}

ConnError Host::send(Time now, int index, Payload data)
{
    if (connection(index) == nullptr) return ConnError::DoesNotExist;
    const ConnError result = connections_[static_cast<std::size_t>(index)]->send(now, std::move(data));
    collect(index);
    return result;
}

ConnError Host::close(Time now, int index)
{
    if (connection(index) == nullptr) return ConnError::DoesNotExist;
    const ConnError result = connections_[static_cast<std::size_t>(index)]->close(now);
    collect(index);
    return result;
}

ConnError Host::abort(Time now, int index)
{
    if (connection(index) == nullptr) return ConnError::DoesNotExist;
    const ConnError result = connections_[static_cast<std::size_t>(index)]->abort(now);
    collect(index);
    return result;
}

void Host::set_reading(Time now, int index, bool reading)
{
    if (connection(index) == nullptr) return;
    connections_[static_cast<std::size_t>(index)]->set_reading(now, reading);
    collect(index);
}

void Host::crash(Time /*now*/)
{
    // Fig 9-10: the host forgets everything and says nothing. The old connection objects
    // stay in the list (their history belongs to the timeline) but no longer take segments.
    for (std::size_t i = 0; i < connections_.size(); ++i) {
        connections_[i] =
            make_connection(ConnectionConfig{.profile = profile_, .local = connections_[i]->local()});
        is_listener_[i] = false;
    }
}

int Host::find(std::uint16_t local_port, Endpoint remote) const
{
    for (std::size_t i = 0; i < connections_.size(); ++i) {
        const Connection& c = *connections_[i];
        if (is_listener_[i] || c.state() == State::Closed || c.state() == State::Listen) continue;
        if (c.local().port == local_port && c.remote() == remote) return static_cast<int>(i);
    }
    return -1;
}

int Host::find_listener(std::uint16_t port) const
{
    for (std::size_t i = 0; i < connections_.size(); ++i) {
        if (is_listener_[i] && connections_[i]->state() == State::Listen &&
            connections_[i]->local().port == port) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void Host::on_packet(Time now, const Packet& packet)
{
    if (packet.ip.dst != address_) return;
    const Segment& seg = packet.tcp;
    const Endpoint from{packet.ip.src, seg.src_port};
    int index = find(seg.dst_port, from);
    std::optional<SeqNum> reopen_iss;
    if (index >= 0 && connections_[static_cast<std::size_t>(index)]->accepts_reopen(seg)) {
        // LX-11 / ST-38: a newer SYN ends TIME-WAIT and goes to the listener as a new
        // incarnation. The old TCB is forgotten (Linux: inet_twsk_deschedule_put), else it
        // would keep matching the 4-tuple and swallow the new handshake. IS-6: the new ISS is
        // the old SND.NXT + 65537, never 0 (tcp_timewait_state_process).
        Connection& old = *connections_[static_cast<std::size_t>(index)];
        SeqNum iss = old.tcb().snd_nxt + 65535U + 2U;
        if (iss == 0) ++iss;
        reopen_iss = iss;
        old.abort(now); // TIME-WAIT -> CLOSED, no segment (ST-35)
        collect(index);
        index = -1;
    }
    if (index < 0 && seg.flags.syn() && !seg.flags.ack() && !seg.flags.rst()) {
        const int listener = find_listener(seg.dst_port);
        if (listener >= 0) {
            // The listener stays in LISTEN; a new TCB takes the SYN (LI-3).
            const std::optional<SeqNum> iss =
                reopen_iss ? reopen_iss : std::exchange(next_passive_iss_, std::nullopt);
            index = add_connection(seg.dst_port, iss);
            connections_.back()->open_passive(now);
            collect(index);
        }
    }
    if (index < 0 && (!seg.flags.syn() || seg.flags.ack() || seg.flags.rst())) {
        // LISTEN answers everything but a plain SYN itself: RST is ignored (LI-1), an ACK,
        // also on a SYN,ACK, gets <SEQ=SEG.ACK><CTL=RST> (LI-2), the rest is dropped (LI-5).
        index = find_listener(seg.dst_port);
    }
    if (index < 0) {
        reset_unmatched(now, packet);
        return;
    }
    connections_[static_cast<std::size_t>(index)]->on_segment(now, from, seg);
    collect(index);
}

void Host::reset_unmatched(Time /*now*/, const Packet& packet)
{
    // §3.10.7.1: no TCB; CL-1..CL-3.
    auto reset = Connection::reset_for_closed(packet.tcp);
    if (!reset) return;
    HostOutput out;
    out.packet.ip = {.src = address_, .dst = packet.ip.src, .id = 0};
    out.packet.tcp = *reset;
    out.rule = reset->flags.ack() ? "CL-2" : "CL-3";
    outputs_buffer().push_back(std::move(out));
}

void Host::on_timer(Time now)
{
    for (std::size_t i = 0; i < connections_.size(); ++i) {
        Connection& c = *connections_[i];
        if (auto deadline = c.next_deadline(); deadline && *deadline <= now) {
            c.on_timer(now);
            collect(static_cast<int>(i));
        }
    }
}

void Host::collect(int index)
{
    // Every call into a connection is followed by collect(), so all that is pending is its.
    // Filled in place: neither built as a temporary and copied in, nor zero-filled first
    // (docs/performance.md, "Copies").
    for (Outgoing& out : pending_outgoing_) {
        HostOutput& h = outputs_buffer().emplace_back();
        h.packet.ip.src = address_;
        h.packet.ip.dst = out.to.ip;
        h.packet.ip.id = ip_id_++;
        h.packet.tcp = std::move(out.segment);
        h.connection = index;
        h.retransmission = out.retransmission;
        h.rule = out.rule;
    }
    pending_outgoing_.clear();
    // Braces, not emplace_back(index, e): HostEvent is an aggregate, and clang 14 (the fuzz
    // preset, clang-tidy) has no parenthesised aggregate initialisation (P0960).
    for (const Event& e : pending_events_) events_buffer().push_back(HostEvent{index, e});
    pending_events_.clear();
}

void Host::set_output(std::vector<HostOutput>* outputs, std::vector<HostEvent>* events)
{
    outputs_sink_ = outputs;
    events_sink_ = events;
}

std::vector<HostOutput> Host::take_outputs()
{
    std::vector<HostOutput> out;
    out.swap(outputs_buffer());
    return out;
}

std::vector<HostEvent> Host::take_events()
{
    std::vector<HostEvent> out;
    out.swap(events_buffer());
    return out;
}

} // namespace ackademy::tcp
