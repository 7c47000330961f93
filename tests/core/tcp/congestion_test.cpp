// RFC 5681 Reno: CC-1..CC-11 and LX-16 (docs: tcp-behaviour.md §3.10). Every expected
// window below was computed by hand; the comments show the arithmetic.

#include "core/tcp/congestion.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

using namespace ackademy::tcp;

namespace {

CongestionParams params(std::uint32_t smss, std::uint32_t iw_segments = 0,
                        std::uint32_t initial_ssthresh = 0x7FFFFFFF)
{
    CongestionParams p;
    p.smss = smss;
    p.initial_window_segments = iw_segments;
    p.initial_ssthresh = initial_ssthresh;
    return p;
}

/// Drives a connection into fast recovery with three duplicates (CC-6).
RenoCongestion in_fast_recovery_1460()
{
    RenoCongestion cc(params(1460, 10)); // 10 segments = 14600 octets in flight
    cc.on_duplicate_ack(14600);
    cc.on_duplicate_ack(14600);
    cc.on_duplicate_ack(14600);
    return cc;
}

} // namespace

TEST(Congestion, CC1_InitialWindowBySmss)
{
    EXPECT_EQ(RenoCongestion(params(536)).initial_window(), 2144U);  // <= 1095: 4 * 536
    EXPECT_EQ(RenoCongestion(params(1095)).initial_window(), 4380U); // <= 1095: 4 * 1095
    EXPECT_EQ(RenoCongestion(params(1096)).initial_window(), 3288U); // > 1095: 3 * 1096
    EXPECT_EQ(RenoCongestion(params(1460)).initial_window(), 4380U); // 3 * 1460
    EXPECT_EQ(RenoCongestion(params(2190)).initial_window(), 6570U); // <= 2190: 3 * 2190
    EXPECT_EQ(RenoCongestion(params(2191)).initial_window(), 4382U); // > 2190: 2 * 2191
    EXPECT_EQ(RenoCongestion(params(4000)).initial_window(), 8000U); // 2 * 4000
    // cwnd starts at IW.
    EXPECT_EQ(RenoCongestion(params(1460)).cwnd(), 4380U);
}

TEST(Congestion, CC1_LinuxInitialWindowIsTenSegments)
{
    const RenoCongestion lnx(params(1460, 10));
    EXPECT_EQ(lnx.initial_window(), 14600U);
    EXPECT_EQ(lnx.cwnd(), 14600U);
    EXPECT_EQ(RenoCongestion(params(536, 10)).initial_window(), 5360U);
    EXPECT_EQ(RenoCongestion(params(4000, 10)).initial_window(), 40000U);
}

TEST(Congestion, CC1_SetSmssRecomputesInitialWindowBeforeDataFlows)
{
    RenoCongestion cc(params(536)); // default MSS until the handshake says otherwise
    EXPECT_EQ(cc.cwnd(), 2144U);
    cc.set_smss(1460);
    EXPECT_EQ(cc.initial_window(), 4380U);
    EXPECT_EQ(cc.cwnd(), 4380U);

    // Once an ACK has grown cwnd, a later SMSS change only moves IW.
    cc.on_new_ack(1460); // 4380 + 1460 = 5840
    cc.set_smss(1000);
    EXPECT_EQ(cc.initial_window(), 4000U);
    EXPECT_EQ(cc.cwnd(), 5840U);
}

TEST(Congestion, CC2_InitialSsthreshIsArbitrarilyHigh)
{
    const RenoCongestion cc(params(1460));
    EXPECT_EQ(cc.ssthresh(), 0x7FFFFFFFU);
    EXPECT_TRUE(cc.in_slow_start());
    EXPECT_FALSE(cc.in_fast_recovery());
    EXPECT_EQ(cc.duplicate_acks(), 0U);
}

TEST(Congestion, CC3_SlowStartAddsMinOfAckedAndSmss)
{
    RenoCongestion cc(params(1460)); // 4380
    cc.on_new_ack(1460);             // + 1460 = 5840
    EXPECT_EQ(cc.cwnd(), 5840U);
    cc.on_new_ack(2920); // delayed ACK of two segments: + min(2920, 1460) = 7300
    EXPECT_EQ(cc.cwnd(), 7300U);
    cc.on_new_ack(500); // small segment: + 500 = 7800
    EXPECT_EQ(cc.cwnd(), 7800U);
}

TEST(Congestion, CC3_SlowStartDoublesEachRoundTripWithPerSegmentAcks)
{
    RenoCongestion cc(params(1460)); // 3 segments
    std::vector<std::uint32_t> per_round;
    for (int round = 0; round < 3; ++round) {
        const std::uint32_t segments = cc.cwnd() / 1460;
        for (std::uint32_t i = 0; i < segments; ++i) cc.on_new_ack(1460);
        per_round.push_back(cc.cwnd());
    }
    // 3 -> 6 -> 12 -> 24 segments.
    EXPECT_EQ(per_round, (std::vector<std::uint32_t>{8760, 17520, 35040}));
}

TEST(Congestion, CC4_CongestionAvoidanceAddsOneSmssPerWindowAcked)
{
    // SMSS 1000, IW 4000 = ssthresh: at cwnd = ssthresh we use congestion avoidance.
    RenoCongestion cc(params(1000, 0, 4000));
    EXPECT_FALSE(cc.in_slow_start());
    std::vector<std::uint32_t> seq;
    for (int i = 0; i < 9; ++i) {
        cc.on_new_ack(1000);
        seq.push_back(cc.cwnd());
    }
    // 4 ACKs of 1000 fill the 4000-octet window => 5000; 5 more fill that one => 6000.
    EXPECT_EQ(seq, (std::vector<std::uint32_t>{4000, 4000, 4000, 5000, 5000, 5000, 5000, 5000, 6000}));
}

TEST(Congestion, CC4_ByteCountingCarriesTheRemainder)
{
    RenoCongestion cc(params(1000, 0, 4000));
    cc.on_new_ack(2500); // counted 2500 < 4000
    EXPECT_EQ(cc.cwnd(), 4000U);
    cc.on_new_ack(2500); // 5000 >= 4000 => 5000, carry 1000
    EXPECT_EQ(cc.cwnd(), 5000U);
    cc.on_new_ack(4000); // 1000 + 4000 = 5000 >= 5000 => 6000, carry 0
    EXPECT_EQ(cc.cwnd(), 6000U);
    cc.on_new_ack(5999); // 5999 < 6000
    EXPECT_EQ(cc.cwnd(), 6000U);
    cc.on_new_ack(1); // 6000 => 7000
    EXPECT_EQ(cc.cwnd(), 7000U);
}

TEST(Congestion, CC4_AtMostOneSmssPerAck)
{
    RenoCongestion cc(params(1000, 0, 4000));
    cc.on_new_ack(12000); // three windows in one stretch ACK: still only + 1 SMSS
    EXPECT_EQ(cc.cwnd(), 5000U);
}

TEST(Congestion, CC6_ThirdDuplicateAckHalvesFlight)
{
    // Checklist example: SMSS 1460, FlightSize 14600 => ssthresh 7300, cwnd 7300 + 3*1460.
    RenoCongestion cc(params(1460, 10));
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_EQ(cc.cwnd(), 14600U); // the first two duplicates change nothing (no limited transmit)
    EXPECT_TRUE(cc.on_duplicate_ack(14600));
    EXPECT_EQ(cc.ssthresh(), 7300U);
    EXPECT_EQ(cc.cwnd(), 11680U);
    EXPECT_TRUE(cc.in_fast_recovery());
    EXPECT_EQ(cc.duplicate_acks(), 3U);
}

TEST(Congestion, CC6_SsthreshIsAtLeastTwoSegments)
{
    RenoCongestion cc(params(1460));
    cc.on_duplicate_ack(2000);
    cc.on_duplicate_ack(2000);
    EXPECT_TRUE(cc.on_duplicate_ack(2000));
    EXPECT_EQ(cc.ssthresh(), 2920U);     // max(1000, 2*1460)
    EXPECT_EQ(cc.cwnd(), 2920U + 4380U); // + 3*SMSS
}

TEST(Congestion, CC6_NewAckResetsDuplicateCount)
{
    RenoCongestion cc(params(1460));
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    cc.on_new_ack(1460);
    EXPECT_EQ(cc.duplicate_acks(), 0U);
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_TRUE(cc.on_duplicate_ack(14600));
}

TEST(Congestion, LX16_DuplicateThresholdIsAParameter)
{
    CongestionParams p = params(1460);
    p.dupack_threshold = 2;
    RenoCongestion cc(p);
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_TRUE(cc.on_duplicate_ack(14600));
    EXPECT_EQ(cc.ssthresh(), 7300U);
    EXPECT_EQ(cc.cwnd(), 7300U + 2920U); // inflated by the 2 segments that left the network
}

TEST(Congestion, CC7_FurtherDuplicatesInflateBySmss)
{
    RenoCongestion cc = in_fast_recovery_1460(); // cwnd 11680
    EXPECT_FALSE(cc.on_duplicate_ack(14600));    // never a second fast retransmit
    EXPECT_EQ(cc.cwnd(), 13140U);
    EXPECT_FALSE(cc.on_duplicate_ack(14600));
    EXPECT_EQ(cc.cwnd(), 14600U);
    EXPECT_EQ(cc.ssthresh(), 7300U);
    EXPECT_EQ(cc.duplicate_acks(), 5U);
}

TEST(Congestion, CC7_FirstNewAckDeflatesToSsthresh)
{
    RenoCongestion cc = in_fast_recovery_1460();
    cc.on_duplicate_ack(14600); // 13140
    cc.on_new_ack(14600);
    EXPECT_EQ(cc.cwnd(), 7300U);
    EXPECT_FALSE(cc.in_fast_recovery());
    EXPECT_EQ(cc.duplicate_acks(), 0U);
    // Now congestion avoidance (cwnd = ssthresh): 7300 octets acked => + 1460.
    for (int i = 0; i < 4; ++i) cc.on_new_ack(1460); // 5840 counted
    EXPECT_EQ(cc.cwnd(), 7300U);
    cc.on_new_ack(1460); // 7300 counted
    EXPECT_EQ(cc.cwnd(), 8760U);
}

TEST(Congestion, CC8_FirstTimeoutSetsSsthreshLaterTimeoutsDoNot)
{
    RenoCongestion cc(params(1460, 10)); // cwnd 14600
    cc.on_retransmission_timeout(14600, true);
    EXPECT_EQ(cc.ssthresh(), 7300U);
    EXPECT_EQ(cc.cwnd(), 1460U); // LW = 1 SMSS
    EXPECT_TRUE(cc.in_slow_start());
    // The retransmission times out too: FlightSize is now 1 segment, but ssthresh stays.
    cc.on_retransmission_timeout(1460, false);
    EXPECT_EQ(cc.ssthresh(), 7300U);
    EXPECT_EQ(cc.cwnd(), 1460U);
    // Had it been treated as a first timeout, ssthresh would have collapsed to 2*SMSS.
    cc.on_retransmission_timeout(1460, true);
    EXPECT_EQ(cc.ssthresh(), 2920U);
}

TEST(Congestion, CC8_TimeoutEndsFastRecoveryThenSlowStart)
{
    RenoCongestion cc = in_fast_recovery_1460(); // ssthresh 7300
    cc.on_retransmission_timeout(11680, true);   // ssthresh max(5840, 2920) = 5840
    EXPECT_FALSE(cc.in_fast_recovery());
    EXPECT_EQ(cc.duplicate_acks(), 0U);
    EXPECT_EQ(cc.ssthresh(), 5840U);
    EXPECT_EQ(cc.cwnd(), 1460U);
    cc.on_new_ack(1460); // slow start: 2920, not a deflation
    EXPECT_EQ(cc.cwnd(), 2920U);
}

TEST(Congestion, CC10_IdleRestartClampsToInitialWindow)
{
    RenoCongestion cc(params(1460)); // IW 4380
    cc.on_new_ack(1460);
    cc.on_new_ack(1460); // 7300
    cc.on_idle_restart();
    EXPECT_EQ(cc.cwnd(), 4380U);

    // A window already below IW is kept (min(IW, cwnd)).
    cc.on_retransmission_timeout(4380, true); // 1460
    cc.on_idle_restart();
    EXPECT_EQ(cc.cwnd(), 1460U);
}

TEST(Congestion, CC11_SendWindowIsMinOfCwndAndRwnd)
{
    const RenoCongestion cc(params(1460)); // 4380
    EXPECT_EQ(cc.send_window(65535), 4380U);
    EXPECT_EQ(cc.send_window(1000), 1000U);
    EXPECT_EQ(cc.send_window(0), 0U);
}

TEST(Congestion, WindowSaturatesInsteadOfWrapping)
{
    RenoCongestion cc(params(0x7FFFFFFFU, 0, 0xFFFFFFFFU)); // IW = 2 * SMSS = 0xFFFFFFFE
    EXPECT_EQ(cc.initial_window(), 0xFFFFFFFEU);
    cc.on_new_ack(1460);
    EXPECT_EQ(cc.cwnd(), 0xFFFFFFFFU);
}
