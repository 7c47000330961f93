// The host demultiplexer (host.cpp): segments for no TCB (CL-1..CL-3 at host level), listener
// spawning, a passive OPEN next to an active one on the same port (UC-5), crashes (Fig 9-10),
// the Linux TIME-WAIT reopen (LX-11, IS-6, ST-38), ephemeral ports (LX-19) and LX-20.

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

constexpr Endpoint kClient{kAddrA, 1234};
constexpr Endpoint kServer{kAddrB, 80};

Packet to_b(const Seg& s, Endpoint from = kClient)
{
    Packet p;
    p.ip.src = from.ip;
    p.ip.dst = kServer.ip;
    p.tcp = s.segment(from.port, kServer.port);
    return p;
}

std::vector<Segment> outputs(Host& h)
{
    std::vector<Segment> out;
    for (HostOutput& o : h.take_outputs()) out.push_back(o.packet.tcp);
    return out;
}

} // namespace

TEST(Host, CL1_ResetForNoTcbIsDiscarded)
{
    Host b(kAddrB, Profile::rfc(), 1);
    b.on_packet(0us, to_b(pkt("R", 5000)));
    b.on_packet(0us, to_b(pkt("R.", 5000, 77)));
    EXPECT_TRUE(outputs(b).empty());
}

TEST(Host, CL2_SynToClosedPortGetsRstAck)
{
    Host b(kAddrB, Profile::rfc(), 1);
    b.on_packet(0us, to_b(pkt("S", 5000)));
    b.on_packet(0us, to_b(pkt("S", 5000).payload(10)));
    b.on_packet(0us, to_b(pkt("F", 5000)));
    EXPECT_TRUE(segments_match(outputs(b), {pkt("R.", 0, 5001), pkt("R.", 0, 5011), pkt("R.", 0, 5001)}));
}

TEST(Host, CL3_AckToClosedPortGetsRstAtSegAck)
{
    Host b(kAddrB, Profile::rfc(), 1);
    b.on_packet(0us, to_b(pkt("P.", 5001, 4242).payload(10)));
    const auto out = b.take_outputs();
    ASSERT_EQ(out.size(), 1U);
    EXPECT_TRUE(segments_match({out[0].packet.tcp}, {pkt("R", 4242)}));
    EXPECT_EQ(out[0].packet.ip.dst, kAddrA);
    EXPECT_EQ(out[0].packet.tcp.dst_port, 1234U);
    EXPECT_EQ(out[0].rule, "CL-3");
}

TEST(Host, ListenerSpawnsAConnectionPerSynAndStaysListening)
{
    Host b(kAddrB, Profile::rfc(), 1);
    const int l = b.listen(0us, 80, SeqNum{1000});
    b.on_packet(0us, to_b(pkt("S", 5000)));
    b.on_packet(0us, to_b(pkt("S", 7000), Endpoint{kAddrA, 1235}));
    ASSERT_EQ(b.connections().size(), 3U);
    EXPECT_EQ(state_of(b, l), State::Listen);
    EXPECT_TRUE(b.listening(l));
    EXPECT_EQ(state_of(b, 1), State::SynReceived);
    EXPECT_EQ(state_of(b, 2), State::SynReceived);
    EXPECT_EQ(b.connection(1)->tcb().iss, 1000U); // the first spawned takes the given ISS
    EXPECT_NE(b.connection(2)->tcb().iss, 1000U); // later ones are generated (IS-2)
    EXPECT_EQ(b.connection(2)->remote(), (Endpoint{kAddrA, 1235}));
    // The handshake ACK goes to its own TCB by 4-tuple.
    b.take_outputs();
    b.on_packet(0us, to_b(pkt(".", 5001, 1001)));
    EXPECT_EQ(state_of(b, 1), State::Established);
    EXPECT_EQ(state_of(b, 2), State::SynReceived);
}

TEST(Host, LI2_ListenerAnswersAckBearingSegments)
{
    Host b(kAddrB, Profile::rfc(), 1);
    b.listen(0us, 80);
    b.on_packet(0us, to_b(pkt(".", 5000, 4242)));
    b.on_packet(0us, to_b(pkt("S.", 5000, 999)));
    const auto out = b.take_outputs();
    ASSERT_EQ(out.size(), 2U);
    EXPECT_TRUE(segments_match({out[0].packet.tcp, out[1].packet.tcp}, {pkt("R", 4242), pkt("R", 999)}));
    EXPECT_EQ(out[0].rule, "LI-2");
    EXPECT_EQ(out[1].rule, "LI-2"); // a SYN,ACK is answered by LISTEN too, not as a closed port
    EXPECT_EQ(b.connections().size(), 1U);
}

TEST(Host, UC5_PassiveOpenNextToAnActiveOneOnTheSamePort)
{
    Host b(kAddrB, Profile::rfc(), 1);
    const int active = b.connect(0us, 80, Endpoint{kAddrA, 9999}, SeqNum{300});
    b.take_outputs();
    const int l = b.listen(0us, 80, SeqNum{1000});  // MUST-42: allowed
    EXPECT_EQ(state_of(b, active), State::SynSent); // MUST-41: unaffected
    EXPECT_EQ(state_of(b, l), State::Listen);
    // The active TCB still gets its SYN,ACK; a SYN from elsewhere goes to the listener.
    b.on_packet(0us, to_b(pkt("S.", 7000, 301), Endpoint{kAddrA, 9999}));
    EXPECT_EQ(state_of(b, active), State::Established);
    b.on_packet(0us, to_b(pkt("S", 5000)));
    EXPECT_EQ(b.connections().size(), 3U);
    EXPECT_EQ(state_of(b, 2), State::SynReceived);
}

TEST(Host, CrashForgetsEveryTcbSilently)
{
    Host b(kAddrB, Profile::rfc(), 1);
    b.listen(0us, 80, SeqNum{1000});
    b.on_packet(0us, to_b(pkt("S", 5000)));
    b.on_packet(0us, to_b(pkt(".", 5001, 1001)));
    b.take_outputs();
    b.crash(1s);
    EXPECT_TRUE(b.take_outputs().empty());
    EXPECT_FALSE(b.next_deadline());
    b.on_packet(2s, to_b(pkt("P.", 5001, 1001).payload(10))); // Fig 10: the data hits no TCB
    EXPECT_TRUE(segments_match(outputs(b), {pkt("R", 1001)}));
    b.on_packet(2s, to_b(pkt("S", 6000))); // and nobody listens any more
    EXPECT_TRUE(segments_match(outputs(b), {pkt("R.", 0, 6001)}));
}

TEST(Host, LX11_LinuxTimeWaitAcceptsANewerSyn)
{
    // B closes first and sits in TIME-WAIT; A reconnects from the same port with a higher
    // ISN. Linux accepts it (LX-11), gives the new incarnation ISS = old SND.NXT + 65537
    // (IS-6) and forgets the TIME-WAIT TCB (ST-38).
    Net net(Profile::linux_profile(), Profile::linux_profile());
    net.b.listen(0us, 80, SeqNum{300});
    const int a = net.a.connect(0us, 1234, kServer, SeqNum{100});
    net.run_until(100ms);
    const int old = net.b.primary_connection();
    net.b.close(100ms, old);
    net.on_step = [a](Net& n) {
        if (n.a.connection(a)->state() == State::CloseWait) n.a.close(n.now(), a);
    };
    net.run_until(1s);
    net.on_step = nullptr;
    ASSERT_EQ(state_of(net.b, old), State::TimeWait);
    ASSERT_EQ(state_of(net.a, a), State::Closed);
    const SeqNum old_snd_nxt = net.b.connection(old)->tcb().snd_nxt;
    EXPECT_FALSE(net.b.connection(old)->accepts_reopen(pkt("S", 101).segment()));
    const int a2 = net.a.connect(1s, 1234, kServer, SeqNum{100000});
    net.run_until(2s);
    const int fresh = net.b.primary_connection();
    ASSERT_NE(fresh, old);
    EXPECT_EQ(net.b.connection(fresh)->tcb().iss, old_snd_nxt + 65537U);
    EXPECT_EQ(state_of(net.b, fresh), State::Established);
    EXPECT_EQ(state_of(net.a, a2), State::Established);
    EXPECT_EQ(state_of(net.b, old), State::Closed);
}

TEST(Host, ST38_TimeWaitSynIsNotAcceptedByTheRfcProfile)
{
    Net net(Profile::rfc(), Profile::rfc());
    net.b.listen(0us, 80, SeqNum{300});
    const int a = net.a.connect(0us, 1234, kServer, SeqNum{100});
    net.run_until(100ms);
    const int old = net.b.primary_connection();
    net.b.close(100ms, old);
    net.on_step = [a](Net& n) {
        if (n.a.connection(a)->state() == State::CloseWait) n.a.close(n.now(), a);
    };
    net.run_until(1s);
    ASSERT_EQ(state_of(net.b, old), State::TimeWait);
    net.a.connect(1s, 1234, kServer, SeqNum{100000});
    net.run_until(1s + 15ms);
    // SN-1: the SYN gets a challenge ACK; B stays in TIME-WAIT (MAY-2 reopen not implemented
    // in the RFC profile).
    const Wire& reply = net.wire.back();
    EXPECT_EQ(reply.from, 'B');
    EXPECT_EQ(reply.packet.tcp.flags, TcpFlags(TcpFlags::ACK));
    EXPECT_EQ(state_of(net.b, old), State::TimeWait);
}

TEST(Host, LX19_EphemeralPortsComeFromTheLinuxRange)
{
    Host a(kAddrA, Profile::linux_profile(), 7);
    for (int i = 0; i < 50; ++i) {
        const int c = a.connect(0us, 0, kServer);
        const std::uint16_t port = a.connection(c)->local().port;
        EXPECT_GE(port, 32768U);
        EXPECT_LE(port, 60999U);
    }
}

TEST(Host, LX20_CloseInSynSentThenSynAckGetsReset)
{
    Host a(kAddrA, Profile::linux_profile(), 1);
    const int c = a.connect(0us, 1234, kServer, SeqNum{1000});
    a.take_outputs();
    EXPECT_EQ(a.close(0us, c), ConnError::None);
    EXPECT_TRUE(a.take_outputs().empty()); // no RST on close()
    Packet synack;
    synack.ip.src = kServer.ip;
    synack.ip.dst = kAddrA;
    synack.tcp = pkt("S.", 5000, 1001).segment(80, 1234);
    a.on_packet(10ms, synack);
    EXPECT_TRUE(segments_match(outputs(a), {pkt("R", 1001)})); // > R 1:1(0)
}

TEST(Host, IS1_IsnFollowsTheFourMicrosecondClock)
{
    Host h1(kAddrA, Profile::rfc(), 7);
    Host h2(kAddrA, Profile::rfc(), 7);
    const int c1 = h1.connect(100us, 1234, kServer);
    const int c2 = h2.connect(104us, 1234, kServer); // same 4-tuple and key, 4 µs later
    EXPECT_EQ(h2.connection(c2)->tcb().iss, h1.connection(c1)->tcb().iss + 1U);
}

TEST(Host, IS2_IsnComesFromTheKeyedGenerator)
{
    Host h(kAddrA, Profile::rfc(), 7);
    const int c = h.connect(5us, 1234, kServer);
    const IsnGenerator isn(7);
    EXPECT_EQ(h.connection(c)->tcb().iss, isn.generate(5us, kAddrA, 1234, kServer.ip, kServer.port));
    const int d = h.connect(5us, 1235, kServer); // another 4-tuple: unrelated ISN
    EXPECT_NE(h.connection(d)->tcb().iss, h.connection(c)->tcb().iss + 0U);
    const auto out = h.take_outputs();
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].packet.tcp.seq, h.connection(c)->tcb().iss);
}

TEST(Host, IS3_SameSeedSameIsnsDifferentSeedDifferent)
{
    Host x(kAddrA, Profile::rfc(), 42);
    Host y(kAddrA, Profile::rfc(), 42);
    Host z(kAddrA, Profile::rfc(), 43);
    const SeqNum ix = x.connection(x.connect(1s, 1234, kServer))->tcb().iss;
    const SeqNum iy = y.connection(y.connect(1s, 1234, kServer))->tcb().iss;
    const SeqNum iz = z.connection(z.connect(1s, 1234, kServer))->tcb().iss;
    EXPECT_EQ(ix, iy);
    EXPECT_NE(ix, iz);
}

TEST(Host, SetOutputAppendsToTheCallersVectorsAndLeavesThemOwnedByTheCaller)
{
    // The simulator points both hosts at one pair of vectors (no swap, no allocation per
    // segment). The host's connections write into host-owned buffers the same way.
    std::vector<HostOutput> outs;
    std::vector<HostEvent> events;
    Host b(kAddrB, Profile::rfc(), 1);
    b.set_output(&outs, &events);
    const int listener = b.listen(0us, kServer.port, 9000);
    b.on_packet(0us, to_b(pkt("S", 5000)));
    // CL-2 for the SYN to port 81 comes from the host itself, the SYN,ACK from the new TCB.
    Packet stray = to_b(pkt("S", 7000));
    stray.tcp.dst_port = 81;
    b.on_packet(0us, stray);
    ASSERT_EQ(outs.size(), 2U);
    EXPECT_TRUE(
        segments_match({outs[0].packet.tcp, outs[1].packet.tcp},
                       {pkt("S.", 9000, 5001).win(65535).opts({opt::Mss{1460}}), pkt("R.", 0, 7001)}));
    EXPECT_EQ(outs[0].connection, listener + 1);
    EXPECT_EQ(outs[1].connection, -1);
    // LISTEN for the listener, then LISTEN -> SYN-RECEIVED for the spawned TCB.
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.front().connection, listener);
    EXPECT_EQ(events.front().event.kind, EventKind::StateChanged);
    EXPECT_EQ(events.front().event.to, State::Listen);
    // Nothing is left inside the host or its connections.
    EXPECT_TRUE(b.connection(listener + 1)->events().empty());
    EXPECT_TRUE(b.connection(listener + 1)->outgoing().empty());
    EXPECT_EQ(b.take_outputs().size(), 2U); // take_outputs() takes from the caller's vector
    EXPECT_TRUE(outs.empty());
    b.set_output(nullptr, nullptr);
    b.on_packet(0us, stray);
    EXPECT_TRUE(outs.empty());
    EXPECT_EQ(b.take_outputs().size(), 1U);
}
