#pragma once
// A small packetdrill-like harness for the sans-I/O TCP engine.
//
//   Connection c = script::established();                 // built through real segments
//   script::inject(c, 0ms, pkt("P.", 5001, 1001).payload(10));
//   EXPECT_SEGMENTS(c, pkt(".", 1001, 5011));              // exact flags/seq/ack/win/options/len
//   EXPECT_EQ(c.state(), State::Established);
//
// The standard fixture of tcp-behaviour.md: local ISS 1000, peer IRS 5000, every window
// 1000 octets, the peer sends no options. Fixture profiles are copies of `rfc` / `linux`
// with receive_buffer = syn_window = synack_window = 1000.
//
// A mismatch prints a packetdrill-style diff naming the segment that differed:
//   segment 2 of 2 differed (flags):
//     expected: > F. 1001:1001(0) ack 5001 win 1000
//     actual:   > . 1001:1001(0) ack 5001 win 1000
//
// The second half of the file is a two-host network (two Host objects joined by a link
// with a fixed one-way delay and optional drops by packet index) for the SC-* scenarios
// and the property test.

#include "core/tcp/connection.hpp"
#include "core/tcp/host.hpp"
#include "core/tcp/profile.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ackademy::tcp::script {

using namespace std::chrono_literals;

inline constexpr SeqNum kIss = 1000; ///< local ISS of the standard fixture
inline constexpr SeqNum kIrs = 5000; ///< the peer's ISN (IRS)
inline constexpr std::uint16_t kWin = 1000;
inline constexpr Endpoint kLocal{0x0A000001, 80};
inline constexpr Endpoint kRemote{0x0A000002, 40000};

// ----- Profiles ----------------------------------------------------------------------------

/// `base` with the standard fixture's buffers: RCV.WND = 1000.
inline Profile fixture_profile(const Profile& base)
{
    Profile p = base;
    p.receive_buffer = kWin;
    p.syn_window = kWin;
    p.synack_window = kWin;
    return p;
}
/// The RFC profile (RFC 9293 + RFC 5961) with the fixture's windows.
inline const Profile& rfc()
{
    static const Profile p = fixture_profile(Profile::rfc());
    return p;
}
/// The RFC profile with the RFC 5961 mitigations off ([793] tests).
inline const Profile& rfc793()
{
    static const Profile p = [] {
        Profile q = fixture_profile(Profile::rfc());
        q.rfc5961 = false;
        return q;
    }();
    return p;
}
/// The Linux profile with the fixture's windows (its SYN,ACK window is computed, LX-2).
inline const Profile& lnx()
{
    static const Profile p = fixture_profile(Profile::linux_profile());
    return p;
}

// ----- Segments ----------------------------------------------------------------------------

/// The byte a stream carries at sequence number `seq` (so retransmissions carry equal bytes).
inline std::uint8_t stream_byte(SeqNum seq)
{
    return static_cast<std::uint8_t>((seq * 131U) >> 3U);
}

inline Payload stream_payload(SeqNum seq, std::uint32_t len)
{
    Bytes bytes(len);
    for (std::uint32_t i = 0; i < len; ++i) bytes[i] = stream_byte(seq + i);
    return Payload::copy_of(bytes);
}

inline Bytes stream_bytes(SeqNum seq, std::uint32_t len)
{
    Bytes bytes(len);
    for (std::uint32_t i = 0; i < len; ++i) bytes[i] = stream_byte(seq + i);
    return bytes;
}

inline std::string format_options(const TcpOptions& options)
{
    std::string out;
    for (const TcpOption& o : options.list()) {
        if (!out.empty()) out += ",";
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, opt::Eol>)
                    out += "eol";
                else if constexpr (std::is_same_v<T, opt::Nop>)
                    out += "nop";
                else if constexpr (std::is_same_v<T, opt::Mss>)
                    out += "mss " + std::to_string(v.value);
                else if constexpr (std::is_same_v<T, opt::WindowScale>)
                    out += "wscale " + std::to_string(v.shift);
                else if constexpr (std::is_same_v<T, opt::SackPermitted>)
                    out += "sackOK";
                else if constexpr (std::is_same_v<T, opt::Timestamps>)
                    out += "TS val " + std::to_string(v.val) + " ecr " + std::to_string(v.ecr);
                else if constexpr (std::is_same_v<T, opt::Sack>) {
                    out += "sack " + std::to_string(v.blocks.size());
                    for (const SackBlock& b : v.blocks)
                        out += " {" + std::to_string(b.left) + ":" + std::to_string(b.right) + "}";
                } else
                    out += "unknown-" + std::to_string(v.kind);
            },
            o);
    }
    return out;
}

/// packetdrill-like text of a segment with absolute numbers: `P. 1001:1011(10) ack 5001 win 1000`.
inline std::string format_segment(const Segment& s)
{
    std::ostringstream os;
    os << s.flags.tcpdump_letters() << " " << s.seq << ":" << (s.seq + s.payload.size()) << "("
       << s.payload.size() << ")";
    if (s.flags.ack() || s.ack != 0) os << " ack " << s.ack;
    os << " win " << s.window;
    if (s.urgent != 0) os << " urg " << s.urgent;
    if (!s.options.empty()) os << " <" << format_options(s.options) << ">";
    return os.str();
}

/// A segment template: what a test injects, or what it expects the connection to send.
struct Seg {
    TcpFlags flags;
    SeqNum seq = 0;
    SeqNum ack = 0;
    std::uint16_t window = kWin;
    std::uint32_t len = 0;
    std::uint16_t urgent = 0;
    TcpOptions options;
    std::optional<Payload> data; ///< exact bytes; otherwise `len` bytes of stream_payload(seq)

    Seg win(std::uint16_t w) const
    {
        Seg s = *this;
        s.window = w;
        return s;
    }
    Seg payload(std::uint32_t n) const
    {
        Seg s = *this;
        s.len = n;
        return s;
    }
    Seg bytes(Payload p) const
    {
        Seg s = *this;
        s.len = p.size();
        s.data = std::move(p);
        return s;
    }
    Seg opts(TcpOptions o) const
    {
        Seg s = *this;
        s.options = o;
        return s;
    }
    Seg urg(std::uint16_t up) const
    {
        Seg s = *this;
        s.urgent = up;
        return s;
    }
    Segment segment(std::uint16_t src_port = kRemote.port, std::uint16_t dst_port = kLocal.port) const
    {
        Segment s;
        s.src_port = src_port;
        s.dst_port = dst_port;
        s.seq = seq;
        s.ack = ack;
        s.flags = flags;
        s.window = window;
        s.urgent = urgent;
        s.options = options;
        s.payload = data ? *data : stream_payload(seq + (flags.syn() ? 1U : 0U), len); // data follows the SYN
        return s;
    }
    std::string str() const { return format_segment(segment()); }
};

/// `pkt("S.", 5000, 1001)`: flags in tcpdump letters ("S", "S.", ".", "P.", "F.", "R", "R."),
/// SEQ and ACK. The window defaults to 1000, or 0 for a reset.
inline Seg pkt(std::string_view letters, SeqNum seq, SeqNum ack = 0)
{
    Seg s;
    const auto flags = TcpFlags::from_tcpdump_letters(letters);
    if (!flags) ADD_FAILURE() << "bad flag letters '" << letters << "'";
    s.flags = flags.value_or(TcpFlags{});
    s.seq = seq;
    s.ack = ack;
    if (s.flags.rst()) s.window = 0;
    return s;
}

// ----- Driving a connection ------------------------------------------------------------------

inline void inject(Connection& c, Time t, const Seg& seg)
{
    c.on_segment(t, kRemote, seg.segment());
}

/// Fires the timers due at `t` (call with t = *c.next_deadline() to step to the next one).
inline void fire(Connection& c, Time t)
{
    c.on_timer(t);
}

/// Fires the next timer; returns its time, or nullopt if none is armed.
inline std::optional<Time> fire_next(Connection& c)
{
    const auto d = c.next_deadline();
    if (d) c.on_timer(*d);
    return d;
}

/// Why a segment differs from a template, or "" if it matches exactly.
inline std::string mismatch(const Seg& e, const Segment& a)
{
    const Segment x = e.segment(a.src_port, a.dst_port);
    if (x.flags != a.flags) return "flags";
    if (x.seq != a.seq) return "seq";
    if (x.ack != a.ack) return "ack";
    if (x.window != a.window) return "window";
    if (x.urgent != a.urgent) return "urgent";
    if (!(x.options == a.options)) return "options";
    if (x.payload.size() != a.payload.size()) return "payload length";
    if (e.data && !(*e.data == a.payload)) return "payload bytes";
    return "";
}

inline ::testing::AssertionResult segments_match(const std::vector<Segment>& actual,
                                                 const std::vector<Seg>& expected)
{
    auto listing = [&] {
        std::string s = "\n  all expected:";
        for (const Seg& e : expected) s += "\n    > " + e.str();
        if (expected.empty()) s += " (nothing)";
        s += "\n  all actual:";
        for (const Segment& a : actual) s += "\n    > " + format_segment(a);
        if (actual.empty()) s += " (nothing)";
        return s;
    };
    const std::size_t n = std::min(actual.size(), expected.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::string why = mismatch(expected[i], actual[i]);
        if (!why.empty()) {
            return ::testing::AssertionFailure()
                   << "segment " << (i + 1) << " of " << expected.size() << " differed (" << why << "):"
                   << "\n  expected: > " << expected[i].str() << "\n  actual:   > "
                   << format_segment(actual[i]) << listing();
        }
    }
    if (actual.size() != expected.size()) {
        return ::testing::AssertionFailure()
               << "expected " << expected.size() << " segment(s), got " << actual.size() << listing();
    }
    return ::testing::AssertionSuccess();
}

/// Drains the connection's outgoing segments and compares them with `expected`, in order.
inline ::testing::AssertionResult expect_segments(Connection& c, const std::vector<Seg>& expected)
{
    std::vector<Segment> actual;
    for (Outgoing& o : c.take_outgoing()) actual.push_back(std::move(o.segment));
    return segments_match(actual, expected);
}

#define EXPECT_SEGMENTS(conn, ...) EXPECT_TRUE(::ackademy::tcp::script::expect_segments(conn, {__VA_ARGS__}))
#define ASSERT_SEGMENTS(conn, ...) ASSERT_TRUE(::ackademy::tcp::script::expect_segments(conn, {__VA_ARGS__}))
#define EXPECT_NOTHING_SENT(conn) EXPECT_TRUE(::ackademy::tcp::script::expect_segments(conn, {}))

// ----- Events --------------------------------------------------------------------------------

inline std::vector<Event> events_of(const std::vector<Event>& events, EventKind kind)
{
    std::vector<Event> out;
    for (const Event& e : events)
        if (e.kind == kind) out.push_back(e);
    return out;
}
/// What the application was told (UserNotified events), in order.
inline std::vector<ConnError> notifications(const std::vector<Event>& events)
{
    std::vector<ConnError> out;
    for (const Event& e : events)
        if (e.kind == EventKind::UserNotified) out.push_back(e.error);
    return out;
}
inline bool notified(const std::vector<Event>& events, ConnError error)
{
    const auto n = notifications(events);
    return std::find(n.begin(), n.end(), error) != n.end();
}
/// The StateChanged events as (from, to) pairs.
inline std::vector<std::pair<State, State>> transitions(const std::vector<Event>& events)
{
    std::vector<std::pair<State, State>> out;
    for (const Event& e : events)
        if (e.kind == EventKind::StateChanged) out.emplace_back(e.from, e.to);
    return out;
}
inline std::optional<Time> armed(const std::vector<Event>& events, TimerKind timer)
{
    std::optional<Time> at;
    for (const Event& e : events)
        if (e.kind == EventKind::TimerArmed && e.timer == timer) at = e.at + e.duration;
    return at;
}

// ----- Fixtures: a connection in each state, driven there by real segments -------------------

inline Connection make_connection(const Profile& p = rfc())
{
    ConnectionConfig config;
    config.profile = &p;
    config.local = kLocal;
    config.passive_iss = kIss;
    config.keep_delivered_data = true;
    return Connection(config);
}

/// Like EXPECT_SEGMENTS, for fixture sanity checks (smoltcp's sanity!).
inline void fixture_expect(Connection& c, const std::vector<Seg>& expected, const char* what)
{
    EXPECT_TRUE(expect_segments(c, expected)) << "fixture: " << what;
}

inline void settle(Connection& c)
{
    c.take_outgoing();
    c.take_events();
}

/// The SYN our profile sends (options depend on the profile: LX-1 or `mss 1460`).
inline TcpOptions our_syn_options(const Profile& p, std::uint32_t ts_val = 0, std::uint32_t ts_ecr = 0,
                                  bool syn_ack = false)
{
    TcpOptions o;
    o.push(opt::Mss{p.mss});
    if (p.syn_options == SynOptionStyle::MssOnly) return o;
    if (syn_ack) return o; // a SYN,ACK to a peer that offered nothing echoes nothing
    o.push(opt::SackPermitted{});
    o.push(opt::Timestamps{ts_val, ts_ecr});
    o.push(opt::Nop{});
    o.push(opt::WindowScale{static_cast<std::uint8_t>(p.window_scale)});
    return o;
}

inline Connection listen(const Profile& p = rfc())
{
    Connection c = make_connection(p);
    EXPECT_EQ(c.open_passive(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Listen);
    settle(c);
    return c;
}

inline Connection syn_sent(const Profile& p = rfc())
{
    Connection c = make_connection(p);
    EXPECT_EQ(c.open_active(0us, kRemote, kIss), ConnError::None);
    fixture_expect(c, {pkt("S", kIss).win(static_cast<std::uint16_t>(p.syn_window)).opts(our_syn_options(p))},
                   "SYN-SENT");
    EXPECT_EQ(c.state(), State::SynSent);
    settle(c);
    return c;
}

/// The SYN,ACK window our profile sends the fixture peer (LX-2 computes Linux's).
inline std::uint16_t synack_window(const Profile& p)
{
    if (p.syn_options == SynOptionStyle::Linux) return static_cast<std::uint16_t>((0xFFFFU / p.mss) * p.mss);
    return kWin;
}

inline Connection syn_received_passive(const Profile& p = rfc())
{
    Connection c = listen(p);
    inject(c, 0us, pkt("S", kIrs));
    fixture_expect(c, {pkt("S.", kIss, kIrs + 1).win(synack_window(p)).opts(our_syn_options(p, 0, 0, true))},
                   "SYN-RECEIVED (passive)");
    EXPECT_EQ(c.state(), State::SynReceived);
    EXPECT_TRUE(c.passive());
    settle(c);
    return c;
}

inline Connection syn_received_active(const Profile& p = rfc())
{
    Connection c = syn_sent(p);
    inject(c, 0us, pkt("S", kIrs));
    fixture_expect(c, {pkt("S.", kIss, kIrs + 1).win(synack_window(p)).opts(our_syn_options(p, 0, 0, true))},
                   "SYN-RECEIVED (active)");
    EXPECT_EQ(c.state(), State::SynReceived);
    EXPECT_FALSE(c.passive());
    settle(c);
    return c;
}

/// ESTABLISHED through an active open: SND.UNA = SND.NXT = 1001, RCV.NXT = 5001.
inline Connection established(const Profile& p = rfc())
{
    Connection c = syn_sent(p);
    inject(c, 0us, pkt("S.", kIrs, kIss + 1));
    fixture_expect(c, {pkt(".", kIss + 1, kIrs + 1).win(static_cast<std::uint16_t>(p.syn_window))},
                   "ESTABLISHED");
    EXPECT_EQ(c.state(), State::Established);
    settle(c);
    return c;
}

/// ESTABLISHED through a passive open.
inline Connection established_passive(const Profile& p = rfc())
{
    Connection c = syn_received_passive(p);
    inject(c, 0us, pkt(".", kIrs + 1, kIss + 1));
    fixture_expect(c, {}, "ESTABLISHED (passive)");
    EXPECT_EQ(c.state(), State::Established);
    settle(c);
    return c;
}

/// FIN-WAIT-1: we closed; our FIN (1001) is not acknowledged. SND.NXT = 1002.
inline Connection fin_wait_1(const Profile& p = rfc())
{
    Connection c = established(p);
    EXPECT_EQ(c.close(0us), ConnError::None);
    fixture_expect(c, {pkt("F.", kIss + 1, kIrs + 1)}, "FIN-WAIT-1");
    EXPECT_EQ(c.state(), State::FinWait1);
    settle(c);
    return c;
}

inline Connection fin_wait_2(const Profile& p = rfc())
{
    Connection c = fin_wait_1(p);
    inject(c, 0us, pkt(".", kIrs + 1, kIss + 2));
    fixture_expect(c, {}, "FIN-WAIT-2");
    EXPECT_EQ(c.state(), State::FinWait2);
    settle(c);
    return c;
}

/// CLOSE-WAIT: the peer's FIN (5001) arrived and was acknowledged. RCV.NXT = 5002.
inline Connection close_wait(const Profile& p = rfc())
{
    Connection c = established(p);
    inject(c, 0us, pkt("F.", kIrs + 1, kIss + 1));
    if (p.delayed_ack) fire_next(c); // Linux delays the ACK of a FIN (pingpong)
    fixture_expect(c, {pkt(".", kIss + 1, kIrs + 2)}, "CLOSE-WAIT");
    EXPECT_EQ(c.state(), State::CloseWait);
    settle(c);
    return c;
}

/// CLOSING: both FINs crossed; ours (1001) is not acknowledged.
inline Connection closing(const Profile& p = rfc())
{
    Connection c = fin_wait_1(p);
    inject(c, 0us, pkt("F.", kIrs + 1, kIss + 1));
    fixture_expect(c, {pkt(".", kIss + 2, kIrs + 2)}, "CLOSING");
    EXPECT_EQ(c.state(), State::Closing);
    settle(c);
    return c;
}

inline Connection last_ack(const Profile& p = rfc())
{
    Connection c = close_wait(p);
    EXPECT_EQ(c.close(0us), ConnError::None);
    fixture_expect(c, {pkt("F.", kIss + 1, kIrs + 2)}, "LAST-ACK");
    EXPECT_EQ(c.state(), State::LastAck);
    settle(c);
    return c;
}

/// TIME-WAIT via FIN-WAIT-2: SND.NXT = 1002, RCV.NXT = 5002, 2MSL armed at t = 0.
inline Connection time_wait(const Profile& p = rfc())
{
    Connection c = fin_wait_2(p);
    inject(c, 0us, pkt("F.", kIrs + 1, kIss + 2));
    fixture_expect(c, {pkt(".", kIss + 2, kIrs + 2)}, "TIME-WAIT");
    EXPECT_EQ(c.state(), State::TimeWait);
    settle(c);
    return c;
}

/// ESTABLISHED with a closed receive window: the application stopped reading and the peer
/// filled all 1000 octets (RCV.NXT = 6001, RCV.WND = 0).
inline Connection established_zero_window(const Profile& p = rfc())
{
    Connection c = established(p);
    c.set_reading(0us, false);
    inject(c, 0us, pkt(".", kIrs + 1, kIss + 1).payload(536));
    inject(c, 0us, pkt("P.", kIrs + 537, kIss + 1).payload(464));
    settle(c);
    EXPECT_EQ(c.tcb().rcv_nxt, kIrs + 1001);
    EXPECT_EQ(c.tcb().rcv_wnd, 0U);
    return c;
}

/// The delivered byte stream, concatenated.
inline Bytes delivered_bytes(const Connection& c)
{
    Bytes out;
    for (const Payload& p : c.delivered_data()) out.insert(out.end(), p.bytes().begin(), p.bytes().end());
    return out;
}

// ======================================================================================
// Two hosts joined by a link
// ======================================================================================

inline constexpr Ipv4Address kAddrA = 0x0A000001; // 10.0.0.1
inline constexpr Ipv4Address kAddrB = 0x0A000002; // 10.0.0.2

/// One packet put on the link.
struct Wire {
    Time sent{};
    char from = 'A';
    Packet packet;
    bool dropped = false;
    std::string_view rule;
};

/// What a two-host test expects on the wire: direction, flags, SEQ, ACK, LEN.
struct Line {
    std::string dir; ///< "A>B" or "B>A"
    std::string flags;
    SeqNum seq = 0;
    SeqNum ack = 0;
    std::uint32_t len = 0;
    bool dropped = false;
};

inline std::string format_wire(const Wire& w)
{
    std::ostringstream os;
    os << (w.from == 'A' ? "A>B " : "B>A ") << w.packet.tcp.flags.tcpdump_letters() << " seq "
       << w.packet.tcp.seq;
    if (w.packet.tcp.flags.ack()) os << " ack " << w.packet.tcp.ack;
    os << " len " << w.packet.tcp.payload.size() << " @" << w.sent.count() << "us";
    if (w.dropped) os << " (dropped)";
    return os.str();
}
inline std::string format_line(const Line& l)
{
    std::ostringstream os;
    os << l.dir << " " << l.flags << " seq " << l.seq;
    if (l.flags.find('.') != std::string::npos) os << " ack " << l.ack;
    os << " len " << l.len;
    if (l.dropped) os << " (dropped)";
    return os.str();
}

class Net {
public:
    Net(const Profile& pa, const Profile& pb, Duration delay = 10ms, std::uint64_t seed = 1)
        : a(kAddrA, pa, seed), b(kAddrB, pb, seed + 1), delay_(delay)
    {}

    Host a;
    Host b;
    std::vector<Wire> wire;
    /// Decides per packet (0-based index on the wire) whether the link drops it.
    std::function<bool(std::size_t index, const Wire&)> drop;
    /// Extra one-way delay for a packet (0-based index on the wire), e.g. to reorder.
    std::function<Duration(std::size_t index, const Wire&)> extra_delay;
    /// Called after every step (user actions that depend on state go here).
    std::function<void(Net&)> on_step;
    std::vector<HostEvent> events_a;
    std::vector<HostEvent> events_b;

    Time now() const { return now_; }
    Host& host(char h) { return h == 'A' ? a : b; }

    void drop_indices(std::set<std::size_t> indices)
    {
        drop = [indices](std::size_t i, const Wire&) { return indices.count(i) > 0; };
    }

    /// Moves what the hosts want to send onto the link.
    void pump()
    {
        for (char h : {'A', 'B'}) {
            Host& host_ = host(h);
            for (HostOutput& out : host_.take_outputs()) {
                Wire w{now_, h, out.packet, false, out.rule};
                const std::size_t index = wire.size();
                if (drop) w.dropped = drop(index, w);
                const Duration extra = extra_delay ? extra_delay(index, w) : Duration::zero();
                if (!w.dropped)
                    flight_.push_back({now_ + delay_ + extra, next_order_++, h == 'A' ? 'B' : 'A', w.packet});
                wire.push_back(std::move(w));
            }
            for (HostEvent& e : host_.take_events()) (h == 'A' ? events_a : events_b).push_back(e);
        }
    }

    /// Puts a hand-made packet on the link as if host `from` had sent it now (old duplicates).
    void send_raw(char from, Packet packet)
    {
        Wire w{now_, from, std::move(packet), false, "raw"};
        flight_.push_back({now_ + delay_, next_order_++, from == 'A' ? 'B' : 'A', w.packet});
        wire.push_back(std::move(w));
    }

    /// Advances to the next arrival or timer at or before `limit`; false if there is none.
    bool step(Time limit)
    {
        pump();
        std::optional<Time> next;
        auto consider = [&](std::optional<Time> t) {
            if (t && (!next || *t < *next)) next = t;
        };
        for (const InFlight& f : flight_) consider(f.arrive);
        consider(a.next_deadline());
        consider(b.next_deadline());
        if (!next || *next > limit) return false;
        now_ = std::max(now_, *next);
        // Arrivals first (in the order sent), then timers.
        auto it = std::min_element(flight_.begin(), flight_.end(), [](const InFlight& x, const InFlight& y) {
            return x.arrive != y.arrive ? x.arrive < y.arrive : x.order < y.order;
        });
        if (it != flight_.end() && it->arrive <= now_) {
            InFlight f = *it;
            flight_.erase(it);
            host(f.to).on_packet(now_, f.packet);
        } else {
            for (Host* h : {&a, &b}) {
                if (auto d = h->next_deadline(); d && *d <= now_) h->on_timer(now_);
            }
        }
        pump();
        if (on_step) on_step(*this);
        pump();
        return true;
    }

    /// Runs until nothing is in flight and no timer is armed, or until `limit`.
    void run(Time limit = 100000s)
    {
        while (step(limit)) {
        }
    }
    /// Runs events up to and including time `t`, then sets the clock to `t`.
    void run_until(Time t)
    {
        while (step(t)) {
        }
        now_ = std::max(now_, t);
    }
    bool idle() const { return flight_.empty() && !a.next_deadline() && !b.next_deadline(); }

    /// The wire as lines (direction, flags, seq, ack, len).
    ::testing::AssertionResult expect_wire(const std::vector<Line>& expected, bool check_drops = true) const
    {
        auto listing = [&] {
            std::string s = "\n  expected:";
            for (const Line& l : expected) s += "\n    " + format_line(l);
            s += "\n  actual:";
            for (const Wire& w : wire) s += "\n    " + format_wire(w);
            return s;
        };
        const std::size_t n = std::min(expected.size(), wire.size());
        for (std::size_t i = 0; i < n; ++i) {
            const Line& e = expected[i];
            const Wire& w = wire[i];
            const Segment& s = w.packet.tcp;
            const std::string dir = w.from == 'A' ? "A>B" : "B>A";
            const auto flags = TcpFlags::from_tcpdump_letters(e.flags);
            std::string why;
            if (dir != e.dir)
                why = "direction";
            else if (!flags || *flags != s.flags)
                why = "flags";
            else if (e.seq != s.seq)
                why = "seq";
            else if (s.flags.ack() && e.ack != s.ack)
                why = "ack";
            else if (e.len != s.payload.size())
                why = "len";
            else if (check_drops && e.dropped != w.dropped)
                why = "dropped";
            if (!why.empty()) {
                return ::testing::AssertionFailure() << "packet " << (i + 1) << " differed (" << why << "):"
                                                     << "\n  expected: " << format_line(e)
                                                     << "\n  actual:   " << format_wire(w) << listing();
            }
        }
        if (expected.size() != wire.size()) {
            return ::testing::AssertionFailure()
                   << "expected " << expected.size() << " packets, got " << wire.size() << listing();
        }
        return ::testing::AssertionSuccess();
    }

private:
    struct InFlight {
        Time arrive{};
        std::uint64_t order = 0;
        char to = 'B';
        Packet packet;
    };
    Duration delay_;
    Time now_{0};
    std::uint64_t next_order_ = 0;
    std::vector<InFlight> flight_;
};

/// The state of host `h`'s connection `index`.
inline State state_of(const Host& h, int index)
{
    return h.connection(index)->state();
}

/// Events of one connection of a host.
inline std::vector<Event> conn_events(const std::vector<HostEvent>& events, int index)
{
    std::vector<Event> out;
    for (const HostEvent& e : events)
        if (e.connection == index) out.push_back(e.event);
    return out;
}

} // namespace ackademy::tcp::script
