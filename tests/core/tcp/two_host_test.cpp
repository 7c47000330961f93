// Two hosts over a link (tcp-behaviour.md §3.6 SC-1..SC-15): exact segment sequences
// (direction, flags, SEQ, ACK, LEN) and final states, with RFC 9293's numbers (A's ISS 100,
// B's ISS 300, one-way delay 10 ms). Then a handshake/data/close run across the 2^32 wrap,
// and a property test over 1,000 seeded random loss patterns.

#include <cstdio>
#include <cstdlib>

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

constexpr std::uint16_t kPortA = 1234;
constexpr std::uint16_t kPortB = 80;
constexpr Endpoint kEndA{kAddrA, kPortA};
constexpr Endpoint kEndB{kAddrB, kPortB};

Line L(std::string dir, std::string flags, SeqNum seq, SeqNum ack = 0, std::uint32_t len = 0,
       bool dropped = false)
{
    return Line{std::move(dir), std::move(flags), seq, ack, len, dropped};
}

/// B listens on port 80 (first ISS 300); A connects from 1234 with ISS 100 at t = 0.
struct Pair {
    explicit Pair(const Profile& p = Profile::rfc()) : net(p, p)
    {
        listener = net.b.listen(0us, kPortB, SeqNum{300});
        a = net.a.connect(0us, kPortA, kEndB, SeqNum{100});
    }
    Net net;
    int listener = -1;
    int a = -1;
    int b() const { return net.b.primary_connection(); }
    const Connection& ca() const { return *net.a.connection(a); }
    const Connection& cb() const { return *net.b.connection(b()); }
};

Packet raw(Endpoint from, Endpoint to, const Seg& s)
{
    Packet p;
    p.ip.src = from.ip;
    p.ip.dst = to.ip;
    p.tcp = s.segment(from.port, to.port);
    return p;
}

const std::vector<Line> kHandshake = {L("A>B", "S", 100), L("B>A", "S.", 300, 101), L("A>B", ".", 101, 301)};

std::vector<Line> operator+(std::vector<Line> a, const std::vector<Line>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

TEST(TwoHosts, SC1_ThreeWayHandshake)
{
    Pair p;
    p.net.run_until(100ms);
    EXPECT_TRUE(p.net.expect_wire(kHandshake));
    EXPECT_EQ(p.ca().state(), State::Established);
    EXPECT_EQ(p.cb().state(), State::Established);
    EXPECT_EQ(state_of(p.net.b, p.listener), State::Listen); // the listener stays
    p.net.a.send(100ms, p.a, stream_payload(101, 10));
    p.net.run_until(200ms);
    // The ACK consumed no sequence space: the first data again has SEQ = 101.
    EXPECT_TRUE(
        p.net.expect_wire(kHandshake + std::vector{L("A>B", "P.", 101, 301, 10), L("B>A", ".", 301, 111)}));
}

TEST(TwoHosts, SC2_SimultaneousOpen)
{
    Net net(Profile::rfc(), Profile::rfc());
    const int a = net.a.connect(0us, kPortA, kEndB, SeqNum{100});
    const int b = net.b.connect(0us, kPortB, kEndA, SeqNum{300});
    net.run_until(1s - 1us);
    EXPECT_TRUE(
        net.expect_wire({L("A>B", "S", 100), L("B>A", "S", 300), L("B>A", "S.", 300, 101),
                         L("A>B", "S.", 100, 301), L("A>B", ".", 101, 301), L("B>A", ".", 301, 101)}));
    EXPECT_EQ(state_of(net.a, a), State::Established);
    EXPECT_EQ(state_of(net.b, b), State::Established);
    EXPECT_FALSE(net.a.next_deadline());
    EXPECT_FALSE(net.b.next_deadline());
}

TEST(TwoHosts, SC3_OldDuplicateSyn)
{
    Net net(Profile::rfc(), Profile::rfc());
    net.b.listen(0us, kPortB, SeqNum{300});
    net.send_raw('A', raw(kEndA, kEndB, pkt("S", 90))); // a stale SYN from an old incarnation
    const int a = net.a.connect(0us, kPortA, kEndB, SeqNum{100});
    net.extra_delay = [](std::size_t i, const Wire&) { return i == 1 ? Duration(30ms) : Duration::zero(); };
    net.run_until(1s - 1us);
    const int b = net.b.primary_connection();
    const SeqNum iss2 = net.b.connection(b)->tcb().iss;
    EXPECT_TRUE(
        net.expect_wire({L("A>B", "S", 90), L("A>B", "S", 100), L("B>A", "S.", 300, 91), L("A>B", "R", 91),
                         L("B>A", "S.", iss2, 101), L("A>B", ".", 101, iss2 + 1)}));
    EXPECT_EQ(state_of(net.a, a), State::Established);
    EXPECT_EQ(state_of(net.b, b), State::Established);
    EXPECT_EQ(state_of(net.b, 1), State::Listen); // the old incarnation went back to LISTEN (ST-14)
}

TEST(TwoHosts, SC4_HalfOpenAfterCrashAndReopen)
{
    Pair p;
    p.net.run_until(100ms);
    const int b = p.b();
    p.net.a.crash(100ms);
    const int a2 = p.net.a.connect(100ms, kPortA, kEndB, SeqNum{400});
    p.net.run_until(2s);
    const SeqNum iss2 = p.net.b.connection(p.net.b.primary_connection())->tcb().iss;
    EXPECT_TRUE(
        p.net.expect_wire(kHandshake + std::vector{L("A>B", "S", 400), L("B>A", ".", 301, 101),
                                                   L("A>B", "R", 101), L("A>B", "S", 400),
                                                   L("B>A", "S.", iss2, 401), L("A>B", ".", 401, iss2 + 1)}));
    EXPECT_EQ(state_of(p.net.b, b), State::Closed);
    EXPECT_EQ(p.net.b.connection(b)->last_error(), ConnError::Reset);
    EXPECT_EQ(state_of(p.net.a, a2), State::Established);
    EXPECT_EQ(state_of(p.net.b, p.net.b.primary_connection()), State::Established);
}

TEST(TwoHosts, SC5_DataToACrashedHost)
{
    Pair p;
    p.net.run_until(100ms);
    const int b = p.b();
    p.net.a.crash(100ms);
    p.net.b.send(100ms, b, stream_payload(301, 10));
    p.net.run_until(500ms);
    EXPECT_TRUE(
        p.net.expect_wire(kHandshake + std::vector{L("B>A", "P.", 301, 101, 10), L("A>B", "R", 101)}));
    EXPECT_EQ(state_of(p.net.b, b), State::Closed);
    EXPECT_EQ(p.net.b.connection(b)->last_error(), ConnError::Reset);
}

TEST(TwoHosts, SC6_OldSynReachesOneOfTwoListeners)
{
    Net net(Profile::rfc(), Profile::rfc());
    const int la = net.a.listen(0us, kPortA);
    const int lb = net.b.listen(0us, kPortB, SeqNum{300});
    net.send_raw('A', raw(kEndA, kEndB, pkt("S", 90)));
    net.run(10s);
    EXPECT_TRUE(net.expect_wire({L("A>B", "S", 90), L("B>A", "S.", 300, 91), L("A>B", "R", 91)}));
    EXPECT_EQ(state_of(net.a, la), State::Listen);
    EXPECT_EQ(state_of(net.b, lb), State::Listen);
    EXPECT_EQ(state_of(net.b, 1), State::Listen); // the spawned TCB went back to LISTEN
    EXPECT_FALSE(net.b.next_deadline());
}

TEST(TwoHosts, SC7_NormalClose)
{
    Pair p;
    p.net.run_until(100ms);
    const int b = p.b();
    p.net.a.close(100ms, p.a);
    p.net.run_until(200ms);
    EXPECT_EQ(state_of(p.net.a, p.a), State::FinWait2);
    EXPECT_EQ(state_of(p.net.b, b), State::CloseWait);
    p.net.b.close(200ms, b);
    p.net.run_until(300ms);
    EXPECT_TRUE(
        p.net.expect_wire(kHandshake + std::vector{L("A>B", "F.", 101, 301), L("B>A", ".", 301, 102),
                                                   L("B>A", "F.", 301, 102), L("A>B", ".", 102, 302)}));
    EXPECT_EQ(state_of(p.net.a, p.a), State::TimeWait);
    EXPECT_EQ(state_of(p.net.b, b), State::Closed);
    p.net.run_until(210ms + 240s - 1us);
    EXPECT_EQ(state_of(p.net.a, p.a), State::TimeWait);
    p.net.run_until(210ms + 240s);
    EXPECT_EQ(state_of(p.net.a, p.a), State::Closed);
    EXPECT_TRUE(p.net.idle());
}

TEST(TwoHosts, SC8_SimultaneousClose)
{
    Pair p;
    p.net.run_until(100ms);
    const int b = p.b();
    p.net.a.close(100ms, p.a);
    p.net.b.close(100ms, b);
    p.net.run_until(200ms);
    EXPECT_TRUE(
        p.net.expect_wire(kHandshake + std::vector{L("A>B", "F.", 101, 301), L("B>A", "F.", 301, 101),
                                                   L("B>A", ".", 302, 102), L("A>B", ".", 102, 302)}));
    EXPECT_EQ(state_of(p.net.a, p.a), State::TimeWait);
    EXPECT_EQ(state_of(p.net.b, b), State::TimeWait);
    for (const auto& [events, index] : {std::pair{&p.net.events_a, p.a}, std::pair{&p.net.events_b, b}}) {
        const auto t = transitions(conn_events(*events, index));
        EXPECT_NE(std::find(t.begin(), t.end(), std::pair(State::FinWait1, State::Closing)), t.end());
        EXPECT_NE(std::find(t.begin(), t.end(), std::pair(State::Closing, State::TimeWait)), t.end());
    }
    p.net.run(1000s);
    EXPECT_EQ(state_of(p.net.a, p.a), State::Closed);
    EXPECT_EQ(state_of(p.net.b, b), State::Closed);
}

TEST(TwoHosts, SC9_CloseWithCombinedFinAck)
{
    // Linux delays the ACK of a FIN (pingpong); an application that closes at once then
    // sends one FIN,ACK that also acknowledges A's FIN: the 3-packet teardown.
    Pair p(Profile::linux_profile());
    p.net.run_until(100ms);
    const int b = p.b();
    p.net.on_step = [b](Net& n) {
        if (n.b.connection(b)->state() == State::CloseWait) n.b.close(n.now(), b);
    };
    p.net.a.close(100ms, p.a);
    p.net.run_until(200ms);
    EXPECT_TRUE(p.net.expect_wire(kHandshake + std::vector{L("A>B", "F.", 101, 301), L("B>A", "F.", 301, 102),
                                                           L("A>B", ".", 102, 302)}));
    const auto t = transitions(conn_events(p.net.events_a, p.a));
    EXPECT_NE(std::find(t.begin(), t.end(), std::pair(State::FinWait1, State::TimeWait)), t.end()); // ST-26
    EXPECT_EQ(state_of(p.net.a, p.a), State::TimeWait);
    EXPECT_EQ(state_of(p.net.b, b), State::Closed);
}

TEST(TwoHosts, SC10_LostSyn)
{
    Pair p;
    p.net.drop_indices({0});
    p.net.run_until(2s);
    EXPECT_TRUE(p.net.expect_wire({L("A>B", "S", 100, 0, 0, true), L("A>B", "S", 100),
                                   L("B>A", "S.", 300, 101), L("A>B", ".", 101, 301)}));
    EXPECT_EQ(p.net.wire[1].sent, Time(1s)); // RT-1
    EXPECT_EQ(p.ca().state(), State::Established);
    EXPECT_EQ(p.cb().state(), State::Established);
}

TEST(TwoHosts, SC11_LostSynAck)
{
    Pair p;
    p.net.drop_indices({1});
    p.net.run_until(2s);
    EXPECT_TRUE(p.net.expect_wire({L("A>B", "S", 100), L("B>A", "S.", 300, 101, 0, true), L("A>B", "S", 100),
                                   L("B>A", ".", 301, 101), // SN-5 (RFC): the duplicate SYN gets a bare ACK
                                   L("B>A", "S.", 300, 101), L("A>B", ".", 101, 301)}));
    EXPECT_EQ(p.ca().state(), State::Established);
    EXPECT_EQ(p.cb().state(), State::Established);
}

TEST(TwoHosts, SC11_LostSynAckLinux)
{
    Pair p(Profile::linux_profile());
    p.net.drop_indices({1});
    p.net.run_until(2s);
    // LX-12: the duplicate SYN is answered with the SYN,ACK itself.
    ASSERT_GE(p.net.wire.size(), 4U);
    EXPECT_EQ(p.net.wire[3].from, 'B');
    EXPECT_EQ(p.net.wire[3].packet.tcp.flags, TcpFlags(TcpFlags::SYN | TcpFlags::ACK));
    EXPECT_EQ(p.ca().state(), State::Established);
    EXPECT_EQ(p.cb().state(), State::Established);
}

TEST(TwoHosts, SC12_LostFinalAckOfHandshake)
{
    Pair p;
    p.net.drop_indices({2});
    p.net.run_until(2s);
    EXPECT_TRUE(p.net.expect_wire(
        {L("A>B", "S", 100), L("B>A", "S.", 300, 101), L("A>B", ".", 101, 301, 0, true),
         L("B>A", "S.", 300, 101),
         L("A>B", ".", 101, 301)})); // the duplicate SYN,ACK is below the window: step 1 ACK
    EXPECT_EQ(p.cb().state(), State::Established);

    Pair d; // the client sends data first: its ACK field completes the handshake (AK-3)
    d.net.drop_indices({2});
    d.net.run_until(100ms);
    EXPECT_EQ(d.cb().state(), State::SynReceived);
    d.net.a.send(100ms, d.a, stream_payload(101, 10));
    d.net.run_until(200ms);
    EXPECT_TRUE(
        d.net.expect_wire({L("A>B", "S", 100), L("B>A", "S.", 300, 101), L("A>B", ".", 101, 301, 0, true),
                           L("A>B", "P.", 101, 301, 10), L("B>A", ".", 301, 111)}));
    EXPECT_EQ(d.cb().state(), State::Established);
    EXPECT_EQ(d.cb().bytes_delivered(), 10U);
}

TEST(TwoHosts, SC13_LostLastAckInClose)
{
    Pair p;
    p.net.run_until(100ms);
    const int b = p.b();
    p.net.a.close(100ms, p.a);
    p.net.run_until(200ms);
    p.net.drop_indices({6}); // A's ACK of B's FIN
    p.net.b.close(200ms, b);
    p.net.run_until(2s);
    EXPECT_TRUE(
        p.net.expect_wire(kHandshake + std::vector{L("A>B", "F.", 101, 301), L("B>A", ".", 301, 102),
                                                   L("B>A", "F.", 301, 102), L("A>B", ".", 102, 302, 0, true),
                                                   L("B>A", "F.", 301, 102), L("A>B", ".", 102, 302)}));
    EXPECT_EQ(state_of(p.net.b, b), State::Closed);
    // B's FIN was retransmitted at 1.2 s and arrived at 1.21 s: TIME-WAIT restarted there (AK-15).
    EXPECT_EQ(p.net.wire[7].sent, Time(1200ms));
    EXPECT_EQ(p.net.a.next_deadline(), Time(1210ms + 240s));
}

TEST(TwoHosts, SC14_RefusedConnection)
{
    for (const Profile* prof : {&Profile::rfc(), &Profile::linux_profile()}) {
        Net net(*prof, *prof);
        const int a = net.a.connect(0us, kPortA, kEndB, SeqNum{100}); // nobody listens on B:80
        net.run_until(100ms);
        EXPECT_TRUE(net.expect_wire({L("A>B", "S", 100), L("B>A", "R.", 0, 101)}));
        EXPECT_EQ(state_of(net.a, a), State::Closed);
        // RFC 9293 §3.10.7.3 says "connection reset"; Linux reports ECONNREFUSED (SS-3, UC-28).
        EXPECT_EQ(net.a.connection(a)->last_error(),
                  prof == &Profile::rfc() ? ConnError::Reset : ConnError::Refused);
    }
}

TEST(TwoHosts, SC15_DataLossRetransmittedOnTimeout)
{
    Pair p; // RFC profile: IW = 3 * 1460, so a loss yields only two duplicate ACKs: RTO
    p.net.run_until(100ms);
    p.net.drop_indices({3});
    p.net.a.send(100ms, p.a, stream_payload(101, 3 * 1460));
    p.net.run_until(3s);
    EXPECT_TRUE(p.net.expect_wire(kHandshake +
                                  std::vector{L("A>B", ".", 101, 301, 1460, true),
                                              L("A>B", ".", 1561, 301, 1460), L("A>B", "P.", 3021, 301, 1460),
                                              L("B>A", ".", 301, 101), L("B>A", ".", 301, 101),
                                              L("A>B", ".", 101, 301, 1460), L("B>A", ".", 301, 4481)}));
    EXPECT_EQ(p.net.wire[8].sent, Time(1100ms)); // one RTO (1 s floor) after the send
    EXPECT_EQ(p.cb().bytes_delivered(), 3U * 1460U);
}

TEST(TwoHosts, SC15_DataLossFastRetransmit)
{
    Pair p(Profile::linux_profile()); // IW 10: enough duplicates for a fast retransmit (CC-6)
    p.net.run_until(100ms);
    p.net.drop_indices({3});
    p.net.a.send(100ms, p.a, stream_payload(101, 5 * 1448));
    p.net.run_until(150ms);
    std::vector<Line> expected = kHandshake;
    for (std::uint32_t i = 0; i < 5; ++i)
        expected.push_back(L("A>B", i == 4 ? "P." : ".", 101 + i * 1448, 301, 1448, i == 0));
    for (int i = 0; i < 4; ++i) expected.push_back(L("B>A", ".", 301, 101));
    expected.push_back(L("A>B", ".", 101, 301, 1448)); // after the third duplicate ACK
    expected.push_back(L("B>A", ".", 301, 101 + 5 * 1448));
    EXPECT_TRUE(p.net.expect_wire(expected));
    EXPECT_EQ(p.net.wire[12].sent, Time(120ms));
    EXPECT_EQ(p.cb().bytes_delivered(), 5U * 1448U);
}

TEST(TwoHosts, WrapAroundHandshakeDataAndClose)
{
    Net net(Profile::rfc(), Profile::rfc());
    net.b.listen(0us, kPortB, SeqNum{0xFFFFFFF0});
    const int a = net.a.connect(0us, kPortA, kEndB, SeqNum{0xFFFFFF00});
    net.run_until(100ms);
    const int b = net.b.primary_connection();
    ASSERT_EQ(state_of(net.b, b), State::Established);
    net.a.send(100ms, a, stream_payload(0xFFFFFF01, 3000));
    net.b.send(100ms, b, stream_payload(0xFFFFFFF1, 3000));
    net.a.close(100ms, a);
    net.b.close(100ms, b);
    net.run(1000s);
    EXPECT_EQ(state_of(net.a, a), State::Closed);
    EXPECT_EQ(state_of(net.b, b), State::Closed);
    EXPECT_EQ(net.a.connection(a)->last_error(), ConnError::None);
    EXPECT_EQ(net.b.connection(b)->last_error(), ConnError::None);
    EXPECT_EQ(net.a.connection(a)->bytes_delivered(), 3000U);
    EXPECT_EQ(net.b.connection(b)->bytes_delivered(), 3000U);
    // The FINs sit past the wrap: 0xFFFFFF01 + 3000 = 0xBB9 - 0xFF + ... (mod 2^32).
    const SeqNum fin_a = 0xFFFFFF01U + 3000U;
    const SeqNum fin_b = 0xFFFFFFF1U + 3000U;
    EXPECT_LT(fin_a, 0x1000U);
    bool saw_fin_a = false, saw_fin_b = false;
    for (const Wire& w : net.wire) {
        if (w.packet.tcp.flags.fin() && w.from == 'A')
            saw_fin_a = w.packet.tcp.seq + w.packet.tcp.payload.size() == fin_a;
        if (w.packet.tcp.flags.fin() && w.from == 'B')
            saw_fin_b = w.packet.tcp.seq + w.packet.tcp.payload.size() == fin_b;
    }
    EXPECT_TRUE(saw_fin_a);
    EXPECT_TRUE(saw_fin_b);
}

// ======================================================================================
// Property test: 1,000 seeded random loss patterns
// ======================================================================================

namespace {

/// splitmix64 (Steele, Lea, Flood): tiny, seedable, the same on every platform.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    /// An integer in [0, n), by taking the high 32 bits times n (no library distribution).
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(((next() >> 32U) * n) >> 32U); }
};

/// The (from, to) pairs of tcp-behaviour.md §2 (ST-01..ST-38, including "any state" rows).
std::set<std::pair<State, State>> allowed_transitions()
{
    using S = State;
    std::set<std::pair<State, State>> t = {
        {S::Closed, S::Listen},           // ST-01
        {S::Closed, S::SynSent},          // ST-02
        {S::Listen, S::SynReceived},      // ST-04
        {S::Listen, S::SynSent},          // ST-05
        {S::Listen, S::Closed},           // ST-06, ST-07
        {S::SynSent, S::Established},     // ST-08
        {S::SynSent, S::SynReceived},     // ST-09
        {S::SynSent, S::Closed},          // ST-10, 11, 12, 36, 37
        {S::SynReceived, S::Established}, // ST-13, ST-19
        {S::SynReceived, S::Listen},      // ST-14, ST-16
        {S::SynReceived, S::Closed},      // ST-15, 18, 36, 37
        {S::SynReceived, S::FinWait1},    // ST-17
        {S::Established, S::FinWait1},    // ST-20
        {S::Established, S::CloseWait},   // ST-19, ST-21
        {S::Established, S::Closed},      // ST-22, 23, 36, 37
        {S::FinWait1, S::FinWait2},       // ST-24
        {S::FinWait1, S::Closing},        // ST-25
        {S::FinWait1, S::TimeWait},       // ST-26
        {S::FinWait1, S::Closed},         // ST-27, 28, 36, 37
        {S::FinWait2, S::Closed},         // ST-27, 28, 36, 37
        {S::CloseWait, S::Closed},        // ST-27, 28, 36, 37
        {S::FinWait2, S::TimeWait},       // ST-29
        {S::CloseWait, S::LastAck},       // ST-30
        {S::Closing, S::TimeWait},        // ST-31
        {S::LastAck, S::Closed},          // ST-32, 34, 35, 36, 37
        {S::TimeWait, S::Closed},         // ST-33, 34, 35
        {S::Closing, S::Closed},          // ST-34, 35, 36, 37
        {S::TimeWait, S::SynReceived},    // ST-38
    };
    return t;
}

struct RunResult {
    std::string failure; ///< empty if every property held
    bool clean = false;
};

bool is_prefix(const Bytes& got, const Bytes& sent)
{
    return got.size() <= sent.size() && std::equal(got.begin(), got.end(), sent.begin());
}

/// One connection A (active) -> B (passive): handshake, 10 kB each way, close; every packet
/// lost with probability `loss_per_mille` / 1000. Two Connections, not Hosts, so the
/// delivered byte streams can be kept and compared.
///
/// Loss is kept at or below 25 %: far above that, real TCP legitimately leaves one side
/// waiting forever (FIN-WAIT-2 has no timer in RFC 9293, and an idle ESTABLISHED side does
/// not notice a peer that gave up without keep-alives, TO-8), which this property would
/// report. Runs at up to 45 % loss were checked by hand: those were the only leftovers.
RunResult run_lossy(std::uint64_t seed)
{
    constexpr std::uint32_t kBytes = 10000;
    SplitMix64 rng{seed};
    const Profile& prof = (seed % 2 == 0) ? Profile::linux_profile() : Profile::rfc();
    const std::uint32_t loss_per_mille = seed % 10 == 0 ? 0 : rng.below(251); // up to 25 %
    const Duration delay = std::chrono::milliseconds(1 + rng.below(50));
    const SeqNum iss_a = static_cast<SeqNum>(rng.next());
    const SeqNum iss_b = static_cast<SeqNum>(rng.next());
    const bool b_waits_for_fin = rng.below(2) == 1;
    const std::uint32_t chunk = 1 + rng.below(4000);

    ConnectionConfig ca{.profile = &prof, .local = kEndA, .keep_delivered_data = true};
    ConnectionConfig cb{.profile = &prof, .local = kEndB, .passive_iss = iss_b, .keep_delivered_data = true};
    Connection a(ca);
    Connection b(cb);
    b.open_passive(0us);
    a.open_active(0us, kEndB, iss_a);

    const Bytes stream_a = stream_bytes(iss_a + 1, kBytes);
    const Bytes stream_b = stream_bytes(iss_b + 1, kBytes);
    bool a_sent = false, b_sent = false, b_closed = false, b_established = false;

    struct Flight {
        Time arrive;
        std::uint64_t order;
        bool to_b;
        Segment seg;
    };
    std::vector<Flight> flight;
    std::uint64_t order = 0;
    std::vector<Event> events;
    Time now{0};
    const auto allowed = allowed_transitions();

    auto send_all = [&](Connection& c, SeqNum first, std::uint32_t total) {
        for (std::uint32_t off = 0; off < total; off += chunk) {
            c.send(now, stream_payload(first + off, std::min(chunk, total - off)));
        }
    };
    // ACKADEMY_PROPERTY_TRACE=<seed> prints that run's packets and state changes.
    const char* trace_env = std::getenv("ACKADEMY_PROPERTY_TRACE");
    const bool trace = trace_env != nullptr && std::strtoull(trace_env, nullptr, 10) == seed;
    auto pump = [&] {
        for (Connection* c : {&a, &b}) {
            for (Outgoing& o : c->take_outgoing()) {
                const bool lost = rng.below(1000) < loss_per_mille;
                if (trace) {
                    std::printf("%12lld %s %s%s\n", static_cast<long long>(now.count()),
                                c == &a ? "A>B" : "B>A", format_segment(o.segment).c_str(),
                                lost ? " (lost)" : "");
                }
                if (lost) continue;
                flight.push_back({now + delay, order++, c == &a, std::move(o.segment)});
            }
            for (Event& e : c->take_events()) {
                if (trace && e.kind == EventKind::StateChanged) {
                    std::printf("%12lld %s %s -> %s (%s)\n", static_cast<long long>(e.at.count()),
                                c == &a ? "A" : "B", std::string(rfc_name(e.from)).c_str(),
                                std::string(rfc_name(e.to)).c_str(), std::string(e.rule).c_str());
                }
                events.push_back(e);
            }
        }
    };
    auto act = [&] {
        if (!a_sent && (a.state() == State::Established || a.state() == State::CloseWait)) {
            a_sent = true;
            send_all(a, iss_a + 1, kBytes);
            a.close(now);
        }
        if (b.state() == State::Established || b.state() == State::CloseWait) b_established = true;
        if (!b_sent && (b.state() == State::Established || b.state() == State::CloseWait)) {
            b_sent = true;
            send_all(b, iss_b + 1, kBytes);
        }
        if (b_sent && !b_closed && (!b_waits_for_fin || b.state() == State::CloseWait)) {
            b_closed = true;
            b.close(now);
        }
    };

    const Time limit = 20000s;
    for (int steps = 0;; ++steps) {
        act();
        pump();
        std::optional<Time> next;
        for (const Flight& f : flight)
            if (!next || f.arrive < *next) next = f.arrive;
        for (const Connection* c : {&a, &b})
            if (auto d = c->next_deadline(); d && (!next || *d < *next)) next = d;
        if (!next) break;
        if (*next > limit || steps > 200000) return {"did not finish (stuck?)", false};
        now = *next;
        auto it = std::min_element(flight.begin(), flight.end(), [](const Flight& x, const Flight& y) {
            return x.arrive != y.arrive ? x.arrive < y.arrive : x.order < y.order;
        });
        if (it != flight.end() && it->arrive <= now) {
            Flight f = std::move(*it);
            flight.erase(it);
            (f.to_b ? b : a).on_segment(now, f.to_b ? kEndA : kEndB, f.seg);
        } else {
            for (Connection* c : {&a, &b})
                if (auto d = c->next_deadline(); d && *d <= now) c->on_timer(now);
        }
    }

    std::ostringstream why;
    for (const Event& e : events) {
        if (e.kind == EventKind::StateChanged && !allowed.count({e.from, e.to})) {
            why << "transition outside the ST table: " << rfc_name(e.from) << " -> " << rfc_name(e.to) << " ("
                << e.rule << ") at " << e.at.count() << "us; ";
        }
    }
    const ConnError ea = a.last_error();
    const ConnError eb = b.last_error();
    auto bad_error = [](ConnError e) {
        return e != ConnError::None && e != ConnError::TimedOut && e != ConnError::Reset &&
               e != ConnError::Refused;
    };
    if (bad_error(ea) || bad_error(eb))
        why << "unexpected error " << to_string(ea) << " / " << to_string(eb) << "; ";
    if (a.state() != State::Closed) why << "A ended in " << rfc_name(a.state()) << "; ";
    if (b.state() != State::Closed && b.state() != State::Listen)
        why << "B ended in " << rfc_name(b.state()) << "; ";
    if (b.state() == State::Listen && b_established) why << "B went back to LISTEN after ESTABLISHED; ";
    if (b.state() == State::Listen && ea == ConnError::None)
        why << "B never connected but A reports success; ";
    const Bytes got_b = delivered_bytes(b); // what B received from A
    const Bytes got_a = delivered_bytes(a);
    if (!is_prefix(got_b, stream_a)) why << "B's received stream is not a prefix of A's data; ";
    if (!is_prefix(got_a, stream_b)) why << "A's received stream is not a prefix of B's data; ";
    // A side that closed without error went through the peer's FIN, so it has every byte.
    if (ea == ConnError::None && got_a != stream_b)
        why << "A closed cleanly with " << got_a.size() << " of " << kBytes << " bytes; ";
    if (eb == ConnError::None && b.state() == State::Closed && got_b != stream_a)
        why << "B closed cleanly with " << got_b.size() << " of " << kBytes << " bytes; ";
    if (a.bytes_delivered() != got_a.size() || b.bytes_delivered() != got_b.size())
        why << "bytes_delivered disagrees with delivered_data; ";
    std::string failure = why.str();
    if (!failure.empty()) {
        failure += "[profile " + std::string(prof.name) + ", loss " + std::to_string(loss_per_mille) +
                   " per mille, delay " + std::to_string(delay.count()) + "us, chunk " +
                   std::to_string(chunk) + ", errors " + std::string(to_string(ea)) + " / " +
                   std::string(to_string(eb)) + "]";
    }
    return {failure, ea == ConnError::None && eb == ConnError::None};
}

} // namespace

TEST(TwoHostsProperty, ThousandRandomLossPatternsEndConsistently)
{
    int clean = 0;
    int failures = 0;
    for (std::uint64_t seed = 1; seed <= 1000; ++seed) {
        const RunResult r = run_lossy(seed);
        if (!r.failure.empty()) {
            if (++failures <= 10) ADD_FAILURE() << "seed " << seed << ": " << r.failure;
        }
        if (r.clean) ++clean;
    }
    EXPECT_EQ(failures, 0);
    // Most runs complete: loss is at most 25 % and R2 allows 7 (rfc) or 15 (linux) retries.
    EXPECT_GT(clean, 900);
    std::printf("[property] %d of 1000 runs closed cleanly on both sides\n", clean);
}
