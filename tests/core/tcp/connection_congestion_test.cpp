// RFC 5681 congestion control as the connection applies it (tcp-behaviour.md §3.10 CC-1..CC-11,
// LX-16). The arithmetic itself is unit-tested in congestion_test.cpp; here the connection's
// segments show it. Fixture: Eff.snd.MSS 536 (no MSS option from the peer), so IW = 4 * 536.

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

/// ESTABLISHED with a peer window of `win` (so cwnd, not rwnd, limits), SMSS 536.
Connection established_window(std::uint16_t win, const Profile& p = rfc())
{
    Connection c = syn_sent(p);
    inject(c, 0us, pkt("S.", 5000, 1001).win(win));
    settle(c);
    return c;
}

std::vector<Segment> sent(Connection& c)
{
    std::vector<Segment> out;
    for (Outgoing& o : c.take_outgoing()) out.push_back(o.segment);
    return out;
}

} // namespace

TEST(Congestion, CC1_InitialWindowLimitsTheFirstFlight)
{
    Connection c = established_window(65535);
    EXPECT_EQ(c.congestion().cwnd(), 4U * 536U); // SMSS <= 1095: IW = 4 * SMSS
    ASSERT_EQ(c.send(0us, stream_payload(1001, 5000)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536), pkt(".", 1537, 5001).payload(536),
                    pkt(".", 2073, 5001).payload(536), pkt(".", 2609, 5001).payload(536));

    Connection l = established_window(65535, lnx()); // [LINUX] IW = 10 segments
    EXPECT_EQ(l.congestion().cwnd(), 10U * 536U);
    ASSERT_EQ(l.send(0us, stream_payload(1001, 10000)), ConnError::None);
    EXPECT_EQ(sent(l).size(), 10U);
}

TEST(Congestion, CC2_InitialSsthreshIsArbitrarilyHigh)
{
    Connection c = established_window(65535);
    EXPECT_GE(c.congestion().ssthresh(), 65535U);
    EXPECT_TRUE(c.congestion().in_slow_start());
}

TEST(Congestion, CC3_SlowStartGrowsBySmssPerAck)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 5000)), ConnError::None);
    c.take_outgoing();
    inject(c, 10ms, pkt(".", 5001, 1537)); // N = 536
    EXPECT_EQ(c.congestion().cwnd(), 5U * 536U);
    inject(c, 20ms, pkt(".", 5001, 1637)); // N = 100 < SMSS: + N
    EXPECT_EQ(c.congestion().cwnd(), 5U * 536U + 100U);
}

TEST(Congestion, CC4_CongestionAvoidanceGrowsAboutOneSmssPerWindow)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 5000)), ConnError::None);
    c.take_outgoing();
    fire(c, 1s); // RTO: ssthresh = max(2144 / 2, 2 * 536) = 1072, cwnd = 536
    c.take_outgoing();
    EXPECT_EQ(c.congestion().ssthresh(), 1072U);
    inject(c, 1100ms, pkt(".", 5001, 1537)); // slow start to 1072 = ssthresh
    EXPECT_EQ(c.congestion().cwnd(), 1072U);
    inject(c, 1200ms, pkt(".", 5001, 2073)); // avoidance: 536 of 1072 counted, no growth yet
    EXPECT_EQ(c.congestion().cwnd(), 1072U);
    inject(c, 1300ms, pkt(".", 5001, 2609)); // a whole cwnd acknowledged: + SMSS
    EXPECT_EQ(c.congestion().cwnd(), 1608U);
}

TEST(Congestion, CC5_DuplicateAckDefinition)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 2144)), ConnError::None);
    c.take_outgoing();
    inject(c, 10ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_EQ(c.congestion().duplicate_acks(), 1U);
    inject(c, 10ms, pkt(".", 5001, 1001).win(60000)); // (e) window changed: not a duplicate
    EXPECT_EQ(c.congestion().duplicate_acks(), 1U);
    inject(c, 10ms, pkt("P.", 5001, 1001).win(60000).payload(10)); // (b) carries data
    EXPECT_EQ(c.congestion().duplicate_acks(), 1U);
    c.take_outgoing();
    inject(c, 10ms, pkt(".", 5011, 1001).win(60000));
    EXPECT_EQ(c.congestion().duplicate_acks(), 2U);

    Connection idle = established_window(65535); // (a) nothing outstanding: not a duplicate
    inject(idle, 10ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_EQ(idle.congestion().duplicate_acks(), 0U);
}

TEST(Congestion, CC6_FastRetransmitOnTheThirdDuplicate)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 2144)), ConnError::None);
    c.take_outgoing();
    inject(c, 10ms, pkt(".", 5001, 1001).win(65535));
    inject(c, 11ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_NOTHING_SENT(c);
    inject(c, 12ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536)); // the segment at SND.UNA
    EXPECT_EQ(c.congestion().ssthresh(), 1072U);           // max(2144 / 2, 2 * 536)
    EXPECT_EQ(c.congestion().cwnd(), 1072U + 3U * 536U);
}

TEST(Congestion, CC7_FastRecoveryInflatesThenDeflates)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 4000)), ConnError::None);
    c.take_outgoing(); // 4 * 536 in flight, 1856 octets still queued
    for (int i = 0; i < 3; ++i) inject(c, 10ms, pkt(".", 5001, 1001).win(65535));
    // The retransmission, then new data: cwnd 2680 exceeds FlightSize 2144 by one segment.
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536), pkt(".", 3145, 5001).payload(536));
    const std::uint32_t inflated = c.congestion().cwnd();
    inject(c, 13ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_EQ(c.congestion().cwnd(), inflated + 536U); // each further duplicate: + SMSS
    EXPECT_SEGMENTS(c, pkt(".", 3681, 5001).payload(536));
    inject(c, 20ms, pkt(".", 5001, 3145).win(65535)); // the first ACK of new data
    EXPECT_EQ(c.congestion().cwnd(), c.congestion().ssthresh());
    EXPECT_FALSE(c.congestion().in_fast_recovery());
}

TEST(Congestion, CC8_RetransmissionTimeoutResetsToOneSegment)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 2144)), ConnError::None);
    c.take_outgoing();
    fire(c, 1s);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536)); // LW = 1 SMSS: one segment
    EXPECT_EQ(c.congestion().cwnd(), 536U);
    EXPECT_EQ(c.congestion().ssthresh(), 1072U);
    fire(c, 3s); // a second timeout of the same segment does not halve again
    EXPECT_EQ(c.congestion().ssthresh(), 1072U);
}

TEST(Congestion, CC9_ReceiverAckPolicy)
{
    // Delayed ACK and every second full segment: TO-9; out of order and gap filling: SA-10,
    // SA-11. Here with the RFC profile, which ACKs every segment at once.
    Connection c = established();
    inject(c, 0us, pkt(".", 5001, 1001).payload(100));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5101));
    inject(c, 0us, pkt(".", 5201, 1001).payload(100)); // out of order: immediate duplicate ACK
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5101));
    inject(c, 0us, pkt(".", 5101, 1001).payload(100)); // fills the gap: immediate ACK
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5301));
}

TEST(Congestion, CC10_RestartAfterIdle)
{
    Connection c = established_window(65535);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 2144)), ConnError::None);
    c.take_outgoing();
    inject(c, 10ms, pkt(".", 5001, 3145).win(65535)); // one ACK: + min(N, SMSS) (CC-3)
    EXPECT_EQ(c.congestion().cwnd(), 2144U + 536U);
    ASSERT_EQ(c.send(5s, stream_payload(3145, 5000)), ConnError::None); // idle 5 s > RTO 1 s
    EXPECT_EQ(c.congestion().cwnd(), 2144U);                            // min(IW, cwnd)
    EXPECT_EQ(sent(c).size(), 4U);
}

TEST(Congestion, CC11_FlightSizeBelowMinOfCwndAndRwnd)
{
    Connection c = established_window(1072); // rwnd = 2 segments < cwnd = 4 segments
    ASSERT_EQ(c.send(0us, stream_payload(1001, 3000)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536), pkt(".", 1537, 5001).payload(536));
    EXPECT_EQ(c.flight_size(), 1072U);
}

TEST(Congestion, LX16_FastRetransmitThresholdIsThree)
{
    Connection c = established_window(65535, lnx());
    ASSERT_EQ(c.send(0us, stream_payload(1001, 5360)), ConnError::None);
    c.take_outgoing();
    inject(c, 10ms, pkt(".", 5001, 1001).win(65535));
    inject(c, 10ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_NOTHING_SENT(c);
    inject(c, 10ms, pkt(".", 5001, 1001).win(65535));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536));
}
