#pragma once
// One TCP connection: an RFC 9293 Transmission Control Block, sans I/O.
//
// It never reads a clock, sleeps or touches a socket. Time comes in with every call;
// segments to transmit and structured events come out and are drained by the caller:
//
//   user calls   open_passive / open_active / send / close / abort / set_reading
//   inputs       on_segment(now, from, segment), on_timer(now)
//   outputs      take_outgoing(), take_events(), next_deadline()
//
// The same class serves the simulator, the real-kernel bridge and the unit tests.

#include "core/tcp/congestion.hpp"
#include "core/tcp/event.hpp"
#include "core/tcp/isn.hpp"
#include "core/tcp/profile.hpp"
#include "core/tcp/rtt_estimator.hpp"
#include "core/tcp/segment.hpp"
#include "core/tcp/state.hpp"
#include "core/tcp/time.hpp"
#include "core/tcp/wire.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ackademy::tcp {

struct Endpoint {
    Ipv4Address ip = 0;
    std::uint16_t port = 0;
    bool specified() const { return ip != 0 && port != 0; }
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

/// A segment the connection wants transmitted, with the rule that made it send it.
struct Outgoing {
    Segment segment;
    Endpoint to;
    bool retransmission = false;
    std::string_view rule;
};

/// The TCB's variables under their RFC 9293 §3.3.1 names (read-only snapshot for UIs and tests).
struct Tcb {
    // Send sequence variables.
    SeqNum iss = 0;
    SeqNum snd_una = 0;
    SeqNum snd_nxt = 0;
    SeqNum snd_max = 0;            ///< highest sequence number sent + 1 (SND.NXT before a go-back-N rewind)
    std::uint32_t snd_wnd = 0;     ///< octets, scaled
    std::uint32_t max_snd_wnd = 0; ///< MAX.SND.WND (RFC 5961 §5)
    SeqNum snd_up = 0;
    SeqNum snd_wl1 = 0;
    SeqNum snd_wl2 = 0;
    // Receive sequence variables.
    SeqNum irs = 0;
    SeqNum rcv_nxt = 0;
    std::uint32_t rcv_wnd = 0; ///< octets we last advertised (scaled)
    SeqNum rcv_up = 0;
    // Negotiated options.
    bool window_scaling = false;
    std::uint8_t snd_wscale = 0; ///< shift applied to windows the peer sends us
    std::uint8_t rcv_wscale = 0; ///< shift we apply to windows we send
    bool timestamps = false;
    std::uint32_t ts_recent = 0;
    bool sack = false;
    std::uint16_t peer_mss = 536; ///< MSS the peer announced (536 when it announced none, OP-6)
    std::uint16_t eff_mss = 536;  ///< Eff.snd.MSS (OP-7): payload octets per full segment
};

struct ConnectionConfig {
    const Profile* profile = &Profile::rfc();
    Endpoint local;
    /// Source of ISNs (IS-*); when null, an ISS must be passed to open_active, and a passive
    /// open uses ISS 0 unless `passive_iss` is set.
    const IsnGenerator* isn_generator = nullptr;
    std::optional<SeqNum> passive_iss;
    /// Offset added to TSval (Linux randomises it per connection; we derive it from the seed).
    std::uint32_t ts_offset = 0;
    /// Keep every delivered payload (tests verify the byte stream with it).
    bool keep_delivered_data = false;
};

class Connection {
public:
    explicit Connection(ConnectionConfig config);

    // ----- User calls (RFC 9293 §3.10.1 - §3.10.6) ------------------------------------
    /// Passive OPEN (UC-1). Returns ConnError::None or the RFC's error.
    ConnError open_passive(Time now);
    /// Active OPEN (UC-2, UC-3). `iss` overrides the generated ISN.
    ConnError open_active(Time now, Endpoint remote, std::optional<SeqNum> iss = std::nullopt);
    /// SEND (UC-6 .. UC-10).
    ConnError send(Time now, Payload data);
    /// CLOSE (UC-15 .. UC-21).
    ConnError close(Time now);
    /// ABORT (UC-22 .. UC-24).
    ConnError abort(Time now);
    /// The application stops (false) or resumes (true) reading; unread data fills the window.
    void set_reading(Time now, bool reading);

    // ----- Inputs ---------------------------------------------------------------------
    /// SEGMENT ARRIVES (RFC 9293 §3.10.7). `from` is the sender's address and port.
    void on_segment(Time now, Endpoint from, const Segment& segment);
    /// Fires every timer whose deadline is <= now (§3.10.8).
    void on_timer(Time now);
    /// The earliest pending timer deadline, if any. Inline, with a plain Time and a flag for
    /// the minimum: GCC returns a std::optional<Time> from an out-of-line call through memory,
    /// writing its flag byte and reading it back at once, a store-forwarding stall on every
    /// call (the simulator asks after every step; docs/performance.md).
    std::optional<Time> next_deadline() const
    {
        bool any = false;
        Time earliest{};
        for (const Timer* t : {&retransmission_timer_, &persist_timer_, &delayed_ack_timer_,
                               &time_wait_timer_, &user_timer_}) {
            if (t->deadline && (!any || *t->deadline < earliest)) {
                earliest = *t->deadline;
                any = true;
            }
        }
        if (!any) return std::nullopt;
        return earliest;
    }

    // ----- Outputs --------------------------------------------------------------------
    std::vector<Outgoing> take_outgoing();
    std::vector<Event> take_events();
    const std::vector<Outgoing>& outgoing() const { return outgoing_sink_ ? *outgoing_sink_ : outgoing_; }
    const std::vector<Event>& events() const { return events_sink_ ? *events_sink_ : events_; }
    /// Appends segments and events to the caller's vectors instead of the connection's own
    /// (null: its own again); the outputs above then refer to them. A Host shares one pair
    /// among all its connections and empties it after every call, so a connection allocates
    /// nothing for its output (a short connection would otherwise grow two vectors from empty).
    void set_output(std::vector<Outgoing>* outgoing, std::vector<Event>* events);

    // ----- Introspection --------------------------------------------------------------
    State state() const { return state_; }
    const Tcb& tcb() const { return tcb_; }
    const Profile& profile() const { return *profile_; }
    Endpoint local() const { return local_; }
    Endpoint remote() const { return remote_; }
    /// True if SYN-RECEIVED was (or would be) reached from LISTEN (MUST-11).
    bool passive() const { return passive_; }
    ConnError last_error() const { return last_error_; }

    std::uint64_t bytes_delivered() const { return bytes_delivered_; }
    std::uint64_t bytes_acked() const { return bytes_acked_; }
    /// Octets the application queued with send() that are not yet acknowledged.
    std::uint64_t bytes_unacknowledged() const { return send_queue_bytes_; }
    const std::vector<Payload>& delivered_data() const { return delivered_; }
    std::uint32_t unread_bytes() const { return unread_; }

    Duration rto() const { return rtt_.rto(); }
    int backoff_count() const { return rtt_.backoff_count(); }
    const RttEstimator& rtt() const { return rtt_; }
    const RenoCongestion& congestion() const { return cc_; }
    std::uint32_t flight_size() const { return tcb_.snd_max - tcb_.snd_una; }
    int retransmissions() const { return total_retransmissions_; }

    /// LX-11 / SN-7: would this SYN reopen the connection from TIME-WAIT?
    bool accepts_reopen(const Segment& syn) const;

    /// A reset for a segment that reached no connection (CL-1 .. CL-3); nullopt for CL-1.
    static std::optional<Segment> reset_for_closed(const Segment& incoming);

private:
    struct Timer {
        std::optional<Time> deadline;
    };

    // Segment arrival, one function per RFC step.
    void segment_arrives_listen(Endpoint from, const Segment& seg);
    void segment_arrives_syn_sent(const Segment& seg);
    void segment_arrives_synchronized(const Segment& seg);
    bool check_sequence(const Segment& seg);           // step 1
    bool check_rst(const Segment& seg);                // step 2
    bool check_syn(const Segment& seg);                // step 4
    bool check_ack(const Segment& seg);                // step 5
    void process_urg(const Segment& seg);              // step 6
    void process_text(const Segment& seg);             // step 7
    void process_fin(const Segment& seg);              // step 8
    bool segment_acceptable(const Segment& seg) const; // Table 6 / SA-14

    // ACK helpers.
    void on_new_ack(const Segment& seg);
    void on_duplicate_ack_candidate(const Segment& seg, std::uint32_t old_wnd);
    void update_send_window(const Segment& seg);
    bool our_fin_acked() const;
    void take_rtt_sample(const Segment& seg, SeqNum acked_up_to);

    // Options.
    void apply_syn_options(const Segment& syn);
    TcpOptions syn_options(bool syn_ack) const;
    TcpOptions data_options() const;
    std::uint32_t timestamp_now() const;

    // Output.
    Segment make_segment(SeqNum seq, std::uint16_t flags) const;
    void emit(Segment seg, std::string_view rule, bool retransmission = false);
    void send_syn(std::string_view rule, bool retransmission = false);
    void send_syn_ack(std::string_view rule, bool retransmission = false);
    void send_ack(std::string_view rule);
    void send_challenge_ack(std::string_view rule);
    void send_reset(SeqNum seq, std::string_view rule);
    void send_abort_reset(std::string_view rule);
    void transmit(); // data, FIN and pending ACKs as windows allow
    bool send_one_data_segment();
    void schedule_ack(bool immediate);
    Payload send_data(SeqNum seq, std::uint32_t length) const;
    std::uint16_t advertised_window_field();
    std::uint32_t receive_space() const;

    // Timers.
    void arm(Timer& timer, TimerKind kind, Duration after, std::string_view rule);
    void cancel(Timer& timer, TimerKind kind, std::string_view rule);
    void restart_retransmission_timer(std::string_view rule);
    void on_retransmission_timeout();
    void on_persist_timeout();
    void on_delayed_ack_timeout();
    void on_time_wait_timeout();
    void on_user_timeout();
    void retransmit_head(std::string_view rule);
    int retry_limit() const;

    // State.
    void set_state(State next, std::string_view rule);
    void enter_time_wait(std::string_view rule);
    void enter_established(std::string_view rule);
    void close_connection(ConnError error, std::string_view rule);
    void notify(ConnError error, std::string_view rule);
    void record(Event event);
    void record_congestion();
    void deliver_in_order();
    void drop_acked_send_data();
    SeqNum select_iss(std::optional<SeqNum> explicit_iss) const;

    const Profile* profile_;
    ConnectionConfig config_;
    Endpoint local_;
    Endpoint remote_;
    State state_ = State::Closed;
    bool passive_ = false;
    Tcb tcb_;
    Time now_{0};

    RttEstimator rtt_;
    RenoCongestion cc_;

    // Send side: application data not yet acknowledged, starting at send_queue_seq_.
    // A vector, not a deque: libstdc++ allocates a deque's map even when empty, and the queue
    // usually holds one or two chunks (each send() adds one, acknowledged ones leave the front).
    std::vector<Payload> send_queue_;
    SeqNum send_queue_seq_ = 0;
    std::uint64_t send_queue_bytes_ = 0;
    bool fin_queued_ = false; ///< the user closed: a FIN follows the queued data
    bool fin_sent_ = false;
    SeqNum fin_seq_ = 0;
    int retries_ = 0; ///< consecutive timeouts of the segment at SND.UNA
    int total_retransmissions_ = 0;
    bool syn_timed_out_ = false;
    bool rtt_timing_ = false;
    SeqNum rtt_seq_ = 0; ///< the sample ends when this is acknowledged
    Time rtt_start_{0};
    bool in_persist_ = false;
    bool sws_override_due_ = false; ///< OP-13: the override timer fired; send a small segment
    Time last_synack_retransmission_{-1'000'000'000}; ///< LX-12 rate limit
    Duration persist_interval_{0};
    Time last_send_{0};
    Time last_challenge_ack_{-1'000'000'000};
    bool had_data_timeout_ = false;
    Time oldest_unacked_since_{0};

    // Receive side.
    struct OutOfOrder {
        SeqNum seq;
        Payload data;
    };
    std::vector<OutOfOrder> ooo_;   ///< sorted by seq, non-overlapping
    std::optional<SeqNum> ooo_fin_; ///< a FIN seen beyond a hole (FN-8)
    std::uint32_t unread_ = 0;
    std::uint32_t rcv_buffer_ = 0; ///< receive buffer: the window offered when nothing is unread
    bool reading_ = true;
    SeqNum rcv_adv_ = 0;  ///< furthest right edge ever advertised, rounded to the scale
    SeqNum rcv_edge_ = 0; ///< right edge of the window we offer, exact (SHLD-14)
    std::uint64_t bytes_delivered_ = 0;
    std::uint64_t bytes_acked_ = 0;
    std::vector<Payload> delivered_;
    bool ack_now_ = false;
    int unacked_full_segments_ = 0;
    int quickacks_left_ = 0;
    bool pingpong_ = false;
    Time last_data_received_{-1'000'000'000};
    SeqNum last_sack_left_ = 0;

    Timer retransmission_timer_;
    Timer persist_timer_;
    Timer delayed_ack_timer_;
    Timer time_wait_timer_;
    Timer user_timer_;

    ConnError last_error_ = ConnError::None;
    std::vector<Outgoing> outgoing_;
    std::vector<Event> events_;
    std::vector<Outgoing>* outgoing_sink_ = nullptr; ///< set_output(); null: outgoing_
    std::vector<Event>* events_sink_ = nullptr;      ///< set_output(); null: events_
    std::vector<Outgoing>& outgoing_buffer() { return outgoing_sink_ ? *outgoing_sink_ : outgoing_; }
    std::vector<Event>& events_buffer() { return events_sink_ ? *events_sink_ : events_; }
};

} // namespace ackademy::tcp
