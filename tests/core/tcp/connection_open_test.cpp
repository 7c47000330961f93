// SEGMENT ARRIVES in CLOSED, LISTEN and SYN-SENT (tcp-behaviour.md §3.3: CL-*, LI-*, SS-*)
// and the matching rows of §2 (ST-04, ST-08, ST-09, ST-10).

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

/// A connection in CLOSED that once existed (after ABORT): it answers like a missing TCB.
Connection closed_connection()
{
    Connection c = established();
    c.abort(0us);
    settle(c);
    EXPECT_EQ(c.state(), State::Closed);
    return c;
}

} // namespace

// ----- CLOSED ----------------------------------------------------------------------------------

TEST(Closed, CL1_ResetIsDiscarded)
{
    Connection c = closed_connection();
    inject(c, 0us, pkt("R", 5001));
    inject(c, 0us, pkt("R.", 5001, 1001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_FALSE(Connection::reset_for_closed(pkt("R", 1).segment()));
}

TEST(Closed, CL2_SegmentWithoutAckGetsRstAck)
{
    Connection c = closed_connection();
    inject(c, 0us, pkt("S", 5000));
    EXPECT_SEGMENTS(c, pkt("R.", 0, 5001)); // <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>
    inject(c, 0us, pkt("S", 5000).payload(10));
    EXPECT_SEGMENTS(c, pkt("R.", 0, 5011));
    inject(c, 0us, pkt("F", 5000));
    EXPECT_SEGMENTS(c, pkt("R.", 0, 5001));
    const auto reset = Connection::reset_for_closed(pkt("S", 0xFFFFFFFF).segment());
    ASSERT_TRUE(reset);
    EXPECT_EQ(reset->ack, 0U); // wraps
}

TEST(Closed, CL3_SegmentWithAckGetsRstAtSegAck)
{
    Connection c = closed_connection();
    inject(c, 0us, pkt(".", 5001, 1234));
    EXPECT_SEGMENTS(c, pkt("R", 1234));
    inject(c, 0us, pkt("S.", 5000, 77));
    EXPECT_SEGMENTS(c, pkt("R", 77));
}

TEST(Closed, CL4_DataIsDiscarded)
{
    Connection c = closed_connection();
    inject(c, 0us, pkt("P.", 5001, 1001).payload(100));
    EXPECT_SEGMENTS(c, pkt("R", 1001));
    EXPECT_EQ(c.bytes_delivered(), 0U);
}

// ----- LISTEN ----------------------------------------------------------------------------------

TEST(Listen, LI1_ResetIsIgnored)
{
    Connection c = listen();
    inject(c, 0us, pkt("R", 5000));
    inject(c, 0us, pkt("R.", 5000, 1001));
    inject(c, 0us, pkt("SR", 5000));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Listen);
}

TEST(Listen, LI2_AckGetsResetAtSegAck)
{
    Connection c = listen();
    inject(c, 0us, pkt(".", 5000, 4242));
    EXPECT_SEGMENTS(c, pkt("R", 4242));
    inject(c, 0us, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt("R", 1001));
    EXPECT_EQ(c.state(), State::Listen);
}

TEST(Listen, LI3_SynSelectsIssAndSendsSynAck)
{
    Connection c = listen();
    inject(c, 0us, pkt("S", 5000));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.state(), State::SynReceived);
    EXPECT_TRUE(c.passive());
    EXPECT_EQ(c.tcb().irs, 5000U);
    EXPECT_EQ(c.tcb().rcv_nxt, 5001U);
    EXPECT_EQ(c.tcb().iss, 1000U);
    EXPECT_EQ(c.tcb().snd_una, 1000U);
    EXPECT_EQ(c.tcb().snd_nxt, 1001U);
    EXPECT_EQ(c.remote(), kRemote); // the unspecified remote socket is filled in
}

TEST(Listen, LI4_DataOnSynIsDeliveredAndAckedAfterHandshake)
{
    Connection c = listen();
    inject(c, 0us, pkt("S", 5000).payload(10));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}})); // SYN and ACK not repeated later
    EXPECT_EQ(c.bytes_delivered(), 0U);
    inject(c, 10ms, pkt(".", 5011, 1001));
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_EQ(c.bytes_delivered(), 10U);
    EXPECT_EQ(c.tcb().rcv_nxt, 5011U);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5011));
}

TEST(Listen, LI4_FinOnSynIsProcessedAfterHandshake)
{
    Connection c = listen();
    inject(c, 0us, pkt("FS", 5000).payload(10));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.state(), State::SynReceived);
    inject(c, 10ms, pkt(".", 5012, 1001));
    EXPECT_EQ(c.state(), State::CloseWait);
    EXPECT_EQ(c.tcb().rcv_nxt, 5012U);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5012));
}

TEST(Listen, LI5_SegmentWithoutRstAckSynIsDropped)
{
    Connection c = listen();
    inject(c, 0us, pkt("P", 5000).payload(10));
    inject(c, 0us, pkt("F", 5000));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Listen);
}

TEST(Listen, ST04_SynMovesListenToSynReceived)
{
    Connection c = listen();
    inject(c, 0us, pkt("S", 5000));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    const auto t = transitions(c.take_events());
    ASSERT_EQ(t.size(), 1U);
    EXPECT_EQ(t[0], std::pair(State::Listen, State::SynReceived));
}

// ----- SYN-SENT --------------------------------------------------------------------------------

TEST(SynSent, SS1_UnacceptableAckGetsReset)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt(".", 5000, 1000)); // SEG.ACK =< ISS
    EXPECT_SEGMENTS(c, pkt("R", 1000));
    inject(c, 0us, pkt(".", 5000, 1002)); // SEG.ACK > SND.NXT
    EXPECT_SEGMENTS(c, pkt("R", 1002));
    inject(c, 0us, pkt("S.", 5000, 999));
    EXPECT_SEGMENTS(c, pkt("R", 999));
    EXPECT_EQ(c.state(), State::SynSent);
}

TEST(SynSent, SS2_UnacceptableAckWithRstIsDropped)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("R.", 5000, 1000));
    inject(c, 0us, pkt("R.", 5000, 1002));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::SynSent);
}

TEST(SynSent, SS3_RstWithAcceptableAckClosesWithReset)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("R.", 0, 1001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_TRUE(notified(c.take_events(), ConnError::Reset));
    EXPECT_FALSE(c.next_deadline());

    Connection l = syn_sent(lnx());
    inject(l, 0us, pkt("R.", 0, 1001));
    EXPECT_EQ(l.state(), State::Closed);
    EXPECT_EQ(l.last_error(), ConnError::Refused); // [LINUX] ECONNREFUSED
}

TEST(SynSent, SS4_RstWithoutAckIsDropped)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("R", 5000));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::SynSent);
}

TEST(SynSent, SS5_RstIsValidatedByItsAckOnly)
{
    // The checklist's recommendation: RCV.NXT is unknown in SYN-SENT, so any SEQ is taken.
    Connection c = syn_sent();
    inject(c, 0us, pkt("R.", 123456, 1001));
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(SynSent, SS6_SynAckWithAcceptableAck)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_EQ(c.tcb().irs, 5000U);
    EXPECT_EQ(c.tcb().rcv_nxt, 5001U);
    EXPECT_EQ(c.tcb().snd_una, 1001U);
    EXPECT_EQ(c.tcb().snd_nxt, 1001U);
    EXPECT_FALSE(c.next_deadline()); // nothing outstanding, the SYN timer is stopped
    EXPECT_TRUE(notified(c.take_events(), ConnError::ConnectionEstablished));
}

TEST(SynSent, SS7_SendWindowIsInitialisedFromSynAck)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("S.", 5000, 1001).win(800));
    c.take_outgoing();
    EXPECT_EQ(c.tcb().snd_wnd, 800U);
    EXPECT_EQ(c.tcb().snd_wl1, 5000U);
    EXPECT_EQ(c.tcb().snd_wl2, 1001U);
    EXPECT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(100)); // data can go immediately
}

TEST(SynSent, SS8_SynAckCarryingDataAndFin)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("FS.", 5000, 1001).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5012));
    EXPECT_EQ(c.state(), State::CloseWait);
    EXPECT_EQ(c.bytes_delivered(), 10U);
    EXPECT_EQ(delivered_bytes(c), stream_bytes(5001, 10));
}

TEST(SynSent, SS9_SynWithoutAckIsSimultaneousOpen)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("S", 5000).win(700));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.state(), State::SynReceived);
    EXPECT_FALSE(c.passive());
    EXPECT_EQ(c.tcb().rcv_nxt, 5001U);
    EXPECT_EQ(c.tcb().snd_wnd, 700U);
    EXPECT_EQ(c.tcb().snd_wl1, 5000U);
}

TEST(SynSent, SS10_NeitherSynNorRstIsDropped)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt(".", 5000, 1001));
    inject(c, 0us, pkt("P.", 5000, 1001).payload(5));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::SynSent);
    EXPECT_EQ(c.bytes_delivered(), 0U);
}

TEST(SynSent, SS11_FinIsNeverProcessed)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("F", 5000));
    inject(c, 0us, pkt("F.", 5000, 1001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::SynSent);
    EXPECT_EQ(c.tcb().rcv_nxt, 0U);
}

TEST(SynSent, SS12_AcceptableAckIsARange)
{
    // SND.UNA < SEG.ACK =< SND.NXT. We never put data on a SYN, so the range is {ISS+1};
    // both of its edges are checked here (1000 is SND.UNA, 1002 is past SND.NXT).
    Connection c = syn_sent();
    inject(c, 0us, pkt("S.", 5000, 1000));
    EXPECT_SEGMENTS(c, pkt("R", 1000));
    inject(c, 0us, pkt("S.", 5000, 1002));
    EXPECT_SEGMENTS(c, pkt("R", 1002));
    inject(c, 0us, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.state(), State::Established);
}

TEST(SynSent, ST08_SynAckMovesSynSentToEstablished)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::SynSent, State::Established)}));
}

TEST(SynSent, ST09_SynMovesSynSentToSynReceived)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("S", 5000));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::SynSent, State::SynReceived)}));
}

TEST(SynSent, ST10_RstWithAcceptableAckCloses)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("R.", 0, 1001));
    const auto events = c.take_events();
    EXPECT_EQ(transitions(events), (std::vector{std::pair(State::SynSent, State::Closed)}));
    EXPECT_TRUE(notified(events, ConnError::Reset));
}
