#pragma once
// A host: one IPv4 address with its TCBs and the demultiplexer in front of them.
//
// A segment goes to the connection with its exact 4-tuple; a SYN with no such connection
// goes to a listener on its port, which spawns a new connection (the listener stays in
// LISTEN); anything else is answered as by a CLOSED port (CL-1..CL-3).

#include "core/tcp/connection.hpp"
#include "core/tcp/isn.hpp"
#include "core/tcp/profile.hpp"
#include "core/tcp/wire.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ackademy::tcp {

/// A packet the host wants put on the wire, with the rule that made it.
struct HostOutput {
    // A user-provided constructor, so that emplace_back() does not zero the whole record
    // before the member initializers run (Host::collect fills it in place).
    HostOutput() {} // NOLINT(modernize-use-equals-default)

    Packet packet;
    int connection = -1; ///< index into Host::connections(), or -1 for a host-level reset
    bool retransmission = false;
    std::string_view rule;
};

/// An event with the connection it belongs to.
struct HostEvent {
    int connection = -1;
    Event event;
};

class Host {
public:
    Host(Ipv4Address address, const Profile& profile, std::uint64_t seed);
    // Its connections write into the host's own buffers (see pending_outgoing_), so a Host
    // stays where it was made.
    Host(const Host&) = delete;
    Host& operator=(const Host&) = delete;

    Ipv4Address address() const { return address_; }
    const Profile& profile() const { return *profile_; }

    // ----- Application actions --------------------------------------------------------
    /// Passive open on `port`. Returns the listener's connection index. `first_iss` is the
    /// ISS of the first connection it spawns (later ones are generated, IS-2).
    int listen(Time now, std::uint16_t port, std::optional<SeqNum> first_iss = std::nullopt);
    /// Active open from local `port` (0 = ephemeral) to `remote`. Returns the connection index.
    int connect(Time now, std::uint16_t port, Endpoint remote, std::optional<SeqNum> iss = std::nullopt);
    /// The connection an application action applies to: the newest one that is not a
    /// listener, else the listener; -1 if none.
    int primary_connection() const;
    ConnError send(Time now, int index, Payload data);
    ConnError close(Time now, int index);
    ConnError abort(Time now, int index);
    void set_reading(Time now, int index, bool reading);
    /// The host crashes: every TCB is forgotten silently (half-open lessons, Fig 9-10).
    void crash(Time now);

    // ----- Inputs ---------------------------------------------------------------------
    void on_packet(Time now, const Packet& packet);
    void on_timer(Time now);
    /// The earliest timer deadline of all connections. Inline, like
    /// Connection::next_deadline(), so that no std::optional is returned through memory.
    std::optional<Time> next_deadline() const
    {
        bool any = false;
        Time earliest{};
        for (const auto& c : connections_) {
            if (auto d = c->next_deadline(); d && (!any || *d < earliest)) {
                earliest = *d;
                any = true;
            }
        }
        if (!any) return std::nullopt;
        return earliest;
    }

    // ----- Outputs --------------------------------------------------------------------
    std::vector<HostOutput> take_outputs();
    std::vector<HostEvent> take_events();
    /// Appends outputs and events to the caller's vectors instead of the host's own (null:
    /// its own again); the functions above then take from them. The simulator points both
    /// hosts at one pair and empties it after every call, so nothing is swapped or allocated.
    void set_output(std::vector<HostOutput>* outputs, std::vector<HostEvent>* events);

    // ----- Introspection --------------------------------------------------------------
    const std::vector<std::unique_ptr<Connection>>& connections() const { return connections_; }
    const Connection* connection(int index) const;
    bool listening(int index) const;

private:
    int add_connection(std::uint16_t local_port, std::optional<SeqNum> passive_iss = std::nullopt);
    std::unique_ptr<Connection> make_connection(const ConnectionConfig& config);
    int find(std::uint16_t local_port, Endpoint remote) const;
    int find_listener(std::uint16_t port) const;
    void collect(int index);
    void reset_unmatched(Time now, const Packet& packet);
    std::uint16_t next_ephemeral_port();

    Ipv4Address address_;
    const Profile* profile_;
    IsnGenerator isn_;
    std::uint16_t ip_id_ = 1;
    std::uint16_t ephemeral_ = 0;
    std::vector<std::unique_ptr<Connection>> connections_;
    std::vector<bool> is_listener_;
    std::optional<SeqNum> next_passive_iss_;
    std::vector<HostOutput> outputs_;
    std::vector<HostEvent> events_;
    std::vector<HostOutput>* outputs_sink_ = nullptr; ///< set_output(); null: outputs_
    std::vector<HostEvent>* events_sink_ = nullptr;   ///< set_output(); null: events_
    std::vector<HostOutput>& outputs_buffer() { return outputs_sink_ ? *outputs_sink_ : outputs_; }
    std::vector<HostEvent>& events_buffer() { return events_sink_ ? *events_sink_ : events_; }
    /// What the connection last called produced (every connection appends here, see
    /// Connection::set_output); collect() moves it to outputs_/events_ and empties it.
    std::vector<Outgoing> pending_outgoing_;
    std::vector<Event> pending_events_;
};

} // namespace ackademy::tcp
