// Two hosts over a link (tcp-behaviour.md §3.6 SC-1..SC-15): exact segment sequences
// (direction, flags, SEQ, ACK, LEN) and final states, with RFC 9293's numbers (A's ISS 100,
// B's ISS 300, one-way delay 10 ms). Then a handshake/data/close run across the 2^32 wrap,
// and a property test over 1,000 seeded random loss patterns.

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
