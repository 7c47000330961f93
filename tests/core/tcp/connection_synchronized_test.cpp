// SEGMENT ARRIVES in SYN-RECEIVED and the synchronized states (tcp-behaviour.md §3.1 SA-*,
// §3.4 RS-*, SN-*, AK-*, UR, TX-*, FN-*) and the segment rows of §2 (ST-13 .. ST-34).
// Step 3 (security/compartment) is a no-op in the engine and has no test.

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

/// ESTABLISHED with RCV.NXT = 0xFFFFFFF0 and RCV.WND = 0x100 (SA-12).
Connection established_near_wrap(const Profile& p)
{
    Connection c = syn_sent(p);
    inject(c, 0us, pkt("S.", 0xFFFFFFEF, 1001));
    c.take_outgoing();
    EXPECT_EQ(c.tcb().rcv_nxt, 0xFFFFFFF0U);
    EXPECT_EQ(c.tcb().rcv_wnd, 0x100U);
    settle(c);
    return c;
}

Profile small_window_profile()
{
    Profile p = rfc();
    p.receive_buffer = 0x100;
    p.syn_window = 0x100;
    p.synack_window = 0x100;
    return p;
}

} // namespace

// ----- 3.1 Sequence space and acceptability ------------------------------------------------

TEST(Acceptability, SA1_ZeroWindowEmptySegmentAtRcvNxtIsAcceptable)
{
    Connection c = established_zero_window();
    inject(c, 0us, pkt(".", 6001, 1001).win(700));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.tcb().snd_wnd, 700U); // it was processed (window update)
}

TEST(Acceptability, SA2_ZeroWindowEmptySegmentElsewhereIsAcked)
{
    Connection c = established_zero_window();
    inject(c, 0us, pkt(".", 6002, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 6001).win(0));
}

TEST(Acceptability, SA3_EmptySegmentInsideWindowIsAcceptable)
{
    Connection c = established();
    inject(c, 0us, pkt(".", 5001, 1001));
    inject(c, 0us, pkt(".", 6000, 1001));
    EXPECT_NOTHING_SENT(c);
}

TEST(Acceptability, SA4_EmptySegmentOutsideWindowIsAcked)
{
    Connection c = established();
    inject(c, 0us, pkt(".", 6001, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    inject(c, 0us, pkt(".", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.state(), State::Established);
}

TEST(Acceptability, SA5_ZeroWindowDataIsAckedButItsAckIsTaken)
{
    Connection c = established_zero_window();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 6001).payload(100).win(0));
    inject(c, 10ms, pkt("P.", 6001, 1101).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1101, 6001).win(0)); // the ACK shows window 0
    EXPECT_EQ(c.tcb().snd_una, 1101U);               // MUST-66: valid ACKs are accepted
    EXPECT_EQ(c.bytes_delivered(), 1000U);           // the text is not
}

TEST(Acceptability, SA5_ZeroWindowResetIsStillProcessed)
{
    Connection c = established_zero_window();
    inject(c, 0us, pkt("R", 6001).payload(10)); // a RST with data, at RCV.NXT, window closed
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(Acceptability, SA6_SegmentStraddlingLeftEdgeIsTrimmed)
{
    Connection c = established();
    inject(c, 0us, pkt("P.", 4991, 1001).payload(20));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5011));
    EXPECT_EQ(c.tcb().rcv_nxt, 5011U);
    EXPECT_EQ(delivered_bytes(c), stream_bytes(5001, 10));
}

TEST(Acceptability, SA7_SegmentStraddlingRightEdgeIsHeldOutOfOrder)
{
    Connection c = established();
    inject(c, 0us, pkt("P.", 6000, 1001).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001)); // acceptable, but beyond RCV.NXT: duplicate ACK
    EXPECT_EQ(c.bytes_delivered(), 0U);
    EXPECT_EQ(c.tcb().rcv_nxt, 5001U);
    // Only octet 6000 was in the window; filling the hole delivers up to it.
    inject(c, 0us, pkt(".", 5001, 1001).payload(999));
    EXPECT_EQ(c.tcb().rcv_nxt, 6001U);
    EXPECT_EQ(delivered_bytes(c), stream_bytes(5001, 1000));
}

TEST(Acceptability, SA8_EntirelyOldSegmentIsReAcked)
{
    Connection c = established();
    inject(c, 0us, pkt("P.", 4900, 1001).payload(50));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.bytes_delivered(), 0U);
}

TEST(Acceptability, SA9_UnacceptableResetIsDroppedSilently)
{
    Connection c = established();
    inject(c, 0us, pkt("R", 7000));
    inject(c, 0us, pkt("R", 4000));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Established);
}

TEST(Acceptability, SA10_OutOfOrderSegmentIsHeldAndDuplicateAcked)
{
    Connection c = established();
    inject(c, 0us, pkt("P.", 5101, 1001).payload(100));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.bytes_delivered(), 0U);
    EXPECT_EQ(c.tcb().rcv_nxt, 5001U);
}

TEST(Acceptability, SA11_FillingTheHoleDeliversBothAndAcksAtOnce)
{
    Connection c = established(lnx()); // delayed ACKs on: the gap-filling ACK is still immediate
    for (int i = 0; i < 16; ++i) {     // use up Linux's quick-ACK segments first
        inject(c, 0us, pkt("P.", 5001 + static_cast<SeqNum>(i), 1001).payload(1));
        fire_next(c);
    }
    settle(c);
    const SeqNum base = 5017;
    inject(c, 0us, pkt("P.", base + 100, 1001).payload(100));
    EXPECT_SEGMENTS(c, pkt(".", 1001, base));
    inject(c, 0us, pkt("P.", base, 1001).payload(100));
    EXPECT_SEGMENTS(c, pkt(".", 1001, base + 200));
    EXPECT_EQ(c.tcb().rcv_nxt, base + 200);
    EXPECT_EQ(delivered_bytes(c), stream_bytes(5001, 216));
}

TEST(Acceptability, SA12_AcceptabilityWrapsModulo2To32)
{
    const Profile p = small_window_profile();
    Connection c = established_near_wrap(p);
    inject(c, 0us, pkt(".", 0x00000010, 1001));
    EXPECT_NOTHING_SENT(c);                     // 0x10 is inside [0xFFFFFFF0, 0xF0)
    inject(c, 0us, pkt(".", 0x000000F0, 1001)); // the right edge itself is outside
    EXPECT_SEGMENTS(c, pkt(".", 1001, 0xFFFFFFF0).win(0x100));
    inject(c, 0us, pkt("P.", 0xFFFFFFF0, 1001).payload(32));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 0x00000010).win(0x100));
    EXPECT_EQ(delivered_bytes(c), stream_bytes(0xFFFFFFF0, 32));
}

TEST(Acceptability, SA14_LinuxAcceptsEmptySegmentAtTheRightEdge)
{
    Connection l = established(lnx());
    inject(l, 0us, pkt(".", 6001, 1001)); // seq = RCV.NXT + RCV.WND: tcp_sequence() keeps it
    EXPECT_NOTHING_SENT(l);
    inject(l, 0us, pkt(".", 6002, 1001)); // beyond: "invalid"
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001));
    inject(l, 0us, pkt("P.", 4900, 1001).payload(50)); // ends before RCV.NXT: "old"
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001));

    Connection r = established(); // Table 6 answers the right-edge segment
    inject(r, 0us, pkt(".", 6001, 1001));
    EXPECT_SEGMENTS(r, pkt(".", 1001, 5001));
}

// ----- Step 2: RST ---------------------------------------------------------------------------

TEST(Reset, RS1_ResetAtRcvNxtCloses)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    inject(c, 0us, pkt("R", 5001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_TRUE(notified(c.take_events(), ConnError::Reset));
    EXPECT_EQ(c.bytes_unacknowledged(), 0U); // queues flushed
    EXPECT_FALSE(c.next_deadline());
}

TEST(Reset, RS2_InWindowResetElsewhereGetsChallengeAck)
{
    Connection c = established();
    inject(c, 0us, pkt("R", 5500));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.state(), State::Established);
}

TEST(Reset, RS3_ResetOutsideWindowIsDropped)
{
    Connection c = established();
    inject(c, 0us, pkt("R", 6001));
    inject(c, 0us, pkt("R", 5000));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Established);
}

TEST(Reset, RS4_Rfc793ResetAnywhereInWindowCloses)
{
    Connection c = established(rfc793());
    inject(c, 0us, pkt("R", 5500));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_TRUE(notified(c.take_events(), ConnError::Reset));
}

TEST(Reset, RS5_PassiveSynReceivedGoesBackToListen)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt("R", 5001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Listen);
    EXPECT_TRUE(notifications(c.take_events()).empty()); // the user is not informed
    EXPECT_FALSE(c.next_deadline());                     // retransmission queue flushed
}

TEST(Reset, RS6_ActiveSynReceivedIsRefused)
{
    Connection c = syn_received_active();
    inject(c, 0us, pkt("R", 5001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_TRUE(notified(c.take_events(), ConnError::Refused));
}

TEST(Reset, RS7_FinWaitAndCloseWaitAreReset)
{
    for (Connection c : {fin_wait_1(), fin_wait_2(), close_wait()}) {
        const State before = c.state();
        inject(c, 0us, pkt("R", c.tcb().rcv_nxt));
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), State::Closed) << rfc_name(before);
        EXPECT_TRUE(notified(c.take_events(), ConnError::Reset)) << rfc_name(before);
    }
}

TEST(Reset, RS8_ClosingLastAckTimeWaitClose)
{
    for (Connection c : {closing(), last_ack(), time_wait()}) {
        const State before = c.state();
        inject(c, 0us, pkt("R", c.tcb().rcv_nxt));
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), State::Closed) << rfc_name(before);
        EXPECT_FALSE(c.next_deadline()) << rfc_name(before);
    }
}

TEST(Reset, RS9_ResetCarryingDataIsProcessed)
{
    Connection c = established();
    inject(c, 0us, pkt("R.", 5001, 1001).payload(10));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(Reset, RS10_ChallengeAcksAreRateLimited)
{
    Connection c = established(); // RFC profile: at most one per second
    inject(c, 0us, pkt("R", 5500));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    inject(c, 500ms, pkt("R", 5600));
    EXPECT_NOTHING_SENT(c);
    inject(c, 1000ms, pkt("R", 5700));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));

    Connection l = established(lnx()); // LX-14: 500 ms
    inject(l, 0us, pkt("R", 5500));
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001));
    inject(l, 499ms, pkt("R", 5600));
    EXPECT_NOTHING_SENT(l);
    inject(l, 500ms, pkt("R", 5700));
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001));
}

// ----- Step 4: SYN ---------------------------------------------------------------------------

TEST(Syn, SN1_SynInSynchronizedStateGetsChallengeAck)
{
    Connection e = established();
    inject(e, 0us, pkt("S", 5500));
    EXPECT_SEGMENTS(e, pkt(".", 1001, 5001));
    EXPECT_EQ(e.state(), State::Established);

    Connection out = established();
    inject(out, 0us, pkt("S", 9000)); // outside the window: step 1 answers the same way
    EXPECT_SEGMENTS(out, pkt(".", 1001, 5001));

    for (Connection c : {fin_wait_2(), close_wait(), time_wait()}) {
        const State before = c.state();
        inject(c, 0us, pkt("S", c.tcb().rcv_nxt + 10));
        EXPECT_SEGMENTS(c, pkt(".", c.tcb().snd_nxt, c.tcb().rcv_nxt));
        EXPECT_EQ(c.state(), before);
    }
}

TEST(Syn, SN2_Rfc793InWindowSynResets)
{
    Connection c = established(rfc793());
    inject(c, 0us, pkt("S", 5500));
    EXPECT_SEGMENTS(c, pkt("R", 1001));
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_TRUE(notified(c.take_events(), ConnError::Reset));
}

TEST(Syn, SN3_Rfc793SynOutsideWindowIsAcked)
{
    Connection c = established(rfc793());
    inject(c, 0us, pkt("S", 9000));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.state(), State::Established);
}

TEST(Syn, SN4_PassiveSynReceivedReturnsToListen)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt("S", 5500));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Listen);
    EXPECT_FALSE(c.next_deadline());
}

TEST(Syn, SN5_RetransmittedSynInSynReceived)
{
    Connection r = syn_received_passive();
    inject(r, 300ms, pkt("S", 5000));
    EXPECT_SEGMENTS(r, pkt(".", 1001, 5001)); // RFC: step 1, bare ACK
    EXPECT_EQ(r.state(), State::SynReceived);

    Connection l = syn_received_passive(lnx());
    inject(l, 300ms, pkt("S", 5000));
    EXPECT_SEGMENTS(l, pkt("S.", 1000, 5001).win(synack_window(lnx())).opts({opt::Mss{1460}})); // LX-12
    EXPECT_EQ(l.state(), State::SynReceived);
}

TEST(Syn, SN6_SimultaneousOpenSynAckEstablishes)
{
    Connection c = syn_received_active();
    inject(c, 0us, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_EQ(c.tcb().snd_una, 1001U);
    EXPECT_FALSE(c.next_deadline());
}

TEST(Syn, SN7_NewSynInTimeWait)
{
    Connection r = time_wait();
    EXPECT_FALSE(r.accepts_reopen(pkt("S", 9000).segment()));
    inject(r, 0us, pkt("S", 5500));
    EXPECT_SEGMENTS(r, pkt(".", 1002, 5002)); // RFC profile: challenge ACK
    EXPECT_EQ(r.state(), State::TimeWait);

    Connection l = time_wait(lnx());
    EXPECT_TRUE(l.accepts_reopen(pkt("S", 5003).segment()));  // SEG.SEQ > RCV.NXT
    EXPECT_FALSE(l.accepts_reopen(pkt("S", 5002).segment())); // not newer
    EXPECT_FALSE(l.accepts_reopen(pkt("S.", 5003, 1).segment()));
}

// ----- Step 5: ACK ---------------------------------------------------------------------------

TEST(Ack, AK1_SegmentWithoutAckIsDropped)
{
    Connection e = established();
    inject(e, 0us, pkt("P", 5001).payload(10));
    EXPECT_NOTHING_SENT(e);
    EXPECT_EQ(e.bytes_delivered(), 0U);

    Connection s = syn_received_passive();
    inject(s, 0us, pkt("P", 5001).payload(10));
    EXPECT_NOTHING_SENT(s);
    EXPECT_EQ(s.state(), State::SynReceived);
}

TEST(Ack, AK2_AckTooFarInThePastGetsChallengeAck)
{
    Connection c = established(); // SND.UNA 1001, MAX.SND.WND 1000: acceptable from 1
    inject(c, 0us, pkt("P.", 5001, 0).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.bytes_delivered(), 0U); // discarded
    inject(c, 2s, pkt("P.", 5001, 1).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5011)); // an old but acceptable ACK: the text is taken
}

TEST(Ack, AK3_SynReceivedAcceptableAckEstablishes)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt(".", 5001, 1001).win(700));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_EQ(c.tcb().snd_una, 1001U);
    EXPECT_EQ(c.tcb().snd_wnd, 700U);
    EXPECT_EQ(c.tcb().snd_wl1, 5001U);
    EXPECT_EQ(c.tcb().snd_wl2, 1001U);
}

TEST(Ack, AK4_SynReceivedUnacceptableAckGetsReset)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt(".", 5001, 1000));
    EXPECT_SEGMENTS(c, pkt("R", 1000));
    inject(c, 0us, pkt(".", 5001, 1005));
    EXPECT_SEGMENTS(c, pkt("R", 1005));
    EXPECT_EQ(c.state(), State::SynReceived);
}

TEST(Ack, AK5_NewAckAdvancesSndUna)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    c.take_events();
    inject(c, 10ms, pkt(".", 5001, 1051));
    EXPECT_EQ(c.tcb().snd_una, 1051U);
    EXPECT_EQ(c.bytes_unacknowledged(), 50U);
    const auto acked = events_of(c.take_events(), EventKind::DataAcked);
    ASSERT_EQ(acked.size(), 1U);
    EXPECT_EQ(acked[0].value, 50U);
    inject(c, 20ms, pkt(".", 5001, 1101));
    EXPECT_EQ(c.bytes_unacknowledged(), 0U);
    EXPECT_FALSE(c.next_deadline()); // RT-8 (5.2)
}

TEST(Ack, AK6_DuplicateAckIsIgnoredButTextIsTaken)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    inject(c, 10ms, pkt("P.", 5001, 1001).payload(10));
    EXPECT_EQ(c.tcb().snd_una, 1001U);
    EXPECT_EQ(c.bytes_delivered(), 10U);
    EXPECT_SEGMENTS(c, pkt(".", 1101, 5011));
}

TEST(Ack, AK7_AckOfUnsentDataIsAckedAndDropped)
{
    Connection c = established();
    inject(c, 0us, pkt("P.", 5001, 2000).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001));
    EXPECT_EQ(c.bytes_delivered(), 0U);
    EXPECT_EQ(c.tcb().snd_una, 1001U);
}

TEST(Ack, AK8_WindowUpdateRules)
{
    Connection c = established();
    // A later segment (out of order) arrives first and updates the window...
    inject(c, 0us, pkt("P.", 5101, 1001).payload(10).win(600));
    c.take_outgoing();
    EXPECT_EQ(c.tcb().snd_wnd, 600U);
    EXPECT_EQ(c.tcb().snd_wl1, 5101U);
    // ...then the older one: SEG.SEQ < SND.WL1, so its window must not overwrite the newer.
    inject(c, 0us, pkt("P.", 5001, 1001).payload(100).win(900));
    c.take_outgoing();
    EXPECT_EQ(c.tcb().snd_wnd, 600U);
    // SEG.ACK = SND.UNA with a new window (zero) MUST update (R1122 §4.2.2.20(g)).
    inject(c, 0us, pkt(".", 5111, 1001).win(0));
    EXPECT_EQ(c.tcb().snd_wnd, 0U);
    EXPECT_EQ(c.tcb().snd_wl1, 5111U);
    EXPECT_EQ(c.tcb().snd_wl2, 1001U);
}

TEST(Ack, AK9_FinWait1AckOfFinGoesToFinWait2)
{
    Connection c = fin_wait_1();
    inject(c, 0us, pkt(".", 5001, 1002));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::FinWait2);

    Connection both = fin_wait_1(); // the same segment also carrying FIN: TIME-WAIT (ST-26)
    inject(both, 0us, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(both, pkt(".", 1002, 5002));
    EXPECT_EQ(both.state(), State::TimeWait);

    Connection hole = fin_wait_1(); // the FIN lies beyond a hole: FIN-WAIT-2, FIN held (FN-8)
    inject(hole, 0us, pkt("FP.", 5101, 1002).payload(10));
    EXPECT_SEGMENTS(hole, pkt(".", 1002, 5001));
    EXPECT_EQ(hole.state(), State::FinWait2);
}

TEST(Ack, AK10_FinWait2KeepsTheTcb)
{
    Connection c = fin_wait_2();
    EXPECT_EQ(c.bytes_unacknowledged(), 0U);
    EXPECT_EQ(c.close(0us), ConnError::Closing); // "ok"/"closing": no second FIN
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::FinWait2);
    EXPECT_FALSE(c.next_deadline()); // the RFC has no FIN-WAIT-2 timer
}

TEST(Ack, AK11_CloseWaitProcessesAcksAsEstablished)
{
    Connection c = close_wait();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5002).payload(100));
    inject(c, 10ms, pkt(".", 5002, 1101).win(800));
    EXPECT_EQ(c.tcb().snd_una, 1101U);
    EXPECT_EQ(c.tcb().snd_wnd, 800U);
    EXPECT_EQ(c.state(), State::CloseWait);
}

TEST(Ack, AK12_ClosingAckOfFinGoesToTimeWait)
{
    Connection c = closing();
    inject(c, 0us, pkt(".", 5002, 1001)); // not our FIN: ignored
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closing);
    inject(c, 0us, pkt(".", 5002, 1002));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::TimeWait);
    EXPECT_EQ(c.next_deadline(), Time(240s));
}

TEST(Ack, AK13_LastAckAckOfFinCloses)
{
    Connection c = last_ack();
    inject(c, 0us, pkt(".", 5002, 1002));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_FALSE(c.next_deadline());
}

TEST(Ack, AK14_LastAckPartialAckStays)
{
    Connection c = close_wait();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5002).payload(100));
    ASSERT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1101, 5002));
    inject(c, 10ms, pkt(".", 5002, 1101));
    EXPECT_EQ(c.state(), State::LastAck);
    EXPECT_EQ(c.tcb().snd_una, 1101U);
    inject(c, 20ms, pkt(".", 5002, 1102));
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(Ack, AK15_TimeWaitReAcksRetransmittedFinAndRestarts2Msl)
{
    Connection c = time_wait();
    EXPECT_EQ(c.next_deadline(), Time(240s));
    inject(c, 100s, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    EXPECT_EQ(c.state(), State::TimeWait);
    EXPECT_EQ(c.next_deadline(), Time(340s));
}

// ----- Step 6: URG ---------------------------------------------------------------------------

TEST(Urgent, UR1_UrgentPointerAdvancesRcvUp)
{
    Connection c = established();
    inject(c, 0us, pkt("U.", 5001, 1001).payload(10).urg(5));
    EXPECT_EQ(c.tcb().rcv_up, 5006U); // points to the octet after the urgent data
    inject(c, 0us, pkt("U.", 5011, 1001).payload(10).urg(2));
    EXPECT_EQ(c.tcb().rcv_up, 5013U);
}

TEST(Urgent, UR2_UrgentIgnoredAfterPeerFin)
{
    Connection c = close_wait();
    const SeqNum before = c.tcb().rcv_up;
    inject(c, 0us, pkt("U.", 5002, 1001).urg(5));
    EXPECT_EQ(c.tcb().rcv_up, before);
}

// ----- Step 7: text --------------------------------------------------------------------------

TEST(Text, TX1_InOrderTextIsDeliveredAndAcked)
{
    Connection c = established();
    c.set_reading(0us, false);
    inject(c, 0us, pkt("P.", 5001, 1001).payload(100));
    // RCV.NXT + RCV.WND stays at 6001 (SHLD-14): the window shrinks by what is unread.
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5101).win(900));
    EXPECT_EQ(c.tcb().rcv_nxt, 5101U);
    for (Connection f : {fin_wait_1(), fin_wait_2()}) {
        inject(f, 0us, pkt("P.", 5001, f.tcb().snd_nxt).payload(10));
        EXPECT_SEGMENTS(f, pkt(".", f.tcb().snd_nxt, 5011));
        EXPECT_EQ(f.bytes_delivered(), 10U);
    }
}

TEST(Text, TX2_TextAfterPeerFinIsIgnored)
{
    Connection c = close_wait();
    inject(c, 0us, pkt("P.", 5002, 1001).payload(10));
    EXPECT_EQ(c.bytes_delivered(), 0U);
    EXPECT_EQ(c.tcb().rcv_nxt, 5002U);
    EXPECT_EQ(c.state(), State::CloseWait);
}

TEST(Text, TX3_PushOnlySignals)
{
    Connection a = established();
    Connection b = established();
    inject(a, 0us, pkt("P.", 5001, 1001).payload(10));
    inject(b, 0us, pkt(".", 5001, 1001).payload(10));
    EXPECT_SEGMENTS(a, pkt(".", 1001, 5011));
    EXPECT_SEGMENTS(b, pkt(".", 1001, 5011));
    EXPECT_EQ(delivered_bytes(a), delivered_bytes(b));
    // We push the last segment of what the user sent.
    ASSERT_EQ(a.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_SEGMENTS(a, pkt("P.", 1001, 5011).payload(10));
}

// ----- Step 8: FIN ---------------------------------------------------------------------------

TEST(Fin, FN1_FinNotProcessedInListenAndSynSent)
{
    Connection l = listen();
    inject(l, 0us, pkt("F", 5000));
    EXPECT_NOTHING_SENT(l);
    EXPECT_EQ(l.state(), State::Listen);
    Connection s = syn_sent();
    inject(s, 0us, pkt("F.", 5000, 1001));
    EXPECT_NOTHING_SENT(s);
    EXPECT_EQ(s.state(), State::SynSent);
}

TEST(Fin, FN2_FinIsAcknowledgedAndReported)
{
    Connection c = established();
    inject(c, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5002));
    EXPECT_EQ(c.tcb().rcv_nxt, 5002U);
    EXPECT_TRUE(notified(c.take_events(), ConnError::ClosedNormally));
}

TEST(Fin, FN3_SynReceivedAndEstablishedGoToCloseWait)
{
    Connection s = syn_received_passive();
    inject(s, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(s, pkt(".", 1001, 5002));
    EXPECT_EQ(s.state(), State::CloseWait);
    Connection e = established();
    inject(e, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(e, pkt(".", 1001, 5002));
    EXPECT_EQ(e.state(), State::CloseWait);
}

TEST(Fin, FN4_FinWait1FinGoesToClosingOrTimeWait)
{
    Connection closing_ = fin_wait_1();
    inject(closing_, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(closing_, pkt(".", 1002, 5002));
    EXPECT_EQ(closing_.state(), State::Closing);

    Connection tw = fin_wait_1();
    inject(tw, 0us, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(tw, pkt(".", 1002, 5002));
    EXPECT_EQ(tw.state(), State::TimeWait);
    EXPECT_EQ(tw.next_deadline(), Time(240s)); // 2MSL, other timers stopped
}

TEST(Fin, FN5_FinWait2FinGoesToTimeWait)
{
    Connection c = fin_wait_2();
    inject(c, 5s, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    EXPECT_EQ(c.state(), State::TimeWait);
    EXPECT_EQ(c.next_deadline(), Time(245s));
}

TEST(Fin, FN6_RetransmittedFinLeavesCloseWaitClosingLastAck)
{
    for (Connection c : {close_wait(), closing(), last_ack()}) {
        const State before = c.state();
        inject(c, 0us, pkt("F.", 5001, 1001));
        EXPECT_SEGMENTS(c, pkt(".", c.tcb().snd_nxt, 5002));
        EXPECT_EQ(c.state(), before);
    }
}

TEST(Fin, FN7_TimeWaitFinRestarts2Msl)
{
    Connection c = time_wait();
    inject(c, 30s, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    EXPECT_EQ(c.state(), State::TimeWait);
    EXPECT_EQ(c.next_deadline(), Time(270s));
}

TEST(Fin, FN8_FinBeyondAHoleWaits)
{
    Connection c = established();
    inject(c, 0us, pkt("FP.", 5101, 1001).payload(10));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001)); // ACK shows RCV.NXT below the hole
    EXPECT_EQ(c.state(), State::Established);
    inject(c, 0us, pkt(".", 5001, 1001).payload(100));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5112));
    EXPECT_EQ(c.state(), State::CloseWait);
    EXPECT_EQ(delivered_bytes(c), stream_bytes(5001, 110));
}

// ----- §2 transition rows driven by segments ---------------------------------------------------

TEST(Transitions, ST13_SynReceivedAckEstablishes)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt(".", 5001, 1001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::SynReceived, State::Established)}));
}

TEST(Transitions, ST14_PassiveSynReceivedResetToListen)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt("R", 5001));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::SynReceived, State::Listen)}));
}

TEST(Transitions, ST15_ActiveSynReceivedResetCloses)
{
    Connection c = syn_received_active();
    inject(c, 0us, pkt("R", 5001));
    const auto events = c.take_events();
    EXPECT_EQ(transitions(events), (std::vector{std::pair(State::SynReceived, State::Closed)}));
    EXPECT_TRUE(notified(events, ConnError::Refused));
}

TEST(Transitions, ST16_PassiveSynReceivedSynToListen)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt("S", 5001));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::SynReceived, State::Listen)}));
}

TEST(Transitions, ST19_SynReceivedFinWithAcceptableAck)
{
    Connection c = syn_received_passive();
    inject(c, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5002));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::SynReceived, State::Established),
                                                         std::pair(State::Established, State::CloseWait)}));
}

TEST(Transitions, ST21_EstablishedFinToCloseWait)
{
    Connection c = established();
    inject(c, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5002));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::Established, State::CloseWait)}));
}

TEST(Transitions, ST22_EstablishedResetCloses)
{
    Connection c = established();
    inject(c, 0us, pkt("R", 5001));
    const auto events = c.take_events();
    EXPECT_EQ(transitions(events), (std::vector{std::pair(State::Established, State::Closed)}));
    EXPECT_TRUE(notified(events, ConnError::Reset));
}

TEST(Transitions, ST24_FinWait1AckToFinWait2)
{
    Connection c = fin_wait_1();
    inject(c, 0us, pkt(".", 5001, 1002));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::FinWait1, State::FinWait2)}));
}

TEST(Transitions, ST25_FinWait1FinToClosing)
{
    Connection c = fin_wait_1();
    inject(c, 0us, pkt("F.", 5001, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::FinWait1, State::Closing)}));
}

TEST(Transitions, ST26_FinWait1FinAckToTimeWait)
{
    Connection c = fin_wait_1();
    inject(c, 0us, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    // Directly, not through FIN-WAIT-2 (SC-9's three-packet teardown).
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::FinWait1, State::TimeWait)}));
    EXPECT_EQ(c.next_deadline(), Time(240s));
}

TEST(Transitions, ST27_FinWaitCloseWaitResetCloses)
{
    for (Connection c : {fin_wait_1(), fin_wait_2(), close_wait()}) {
        const State before = c.state();
        inject(c, 0us, pkt("R", c.tcb().rcv_nxt));
        const auto events = c.take_events();
        EXPECT_EQ(transitions(events), (std::vector{std::pair(before, State::Closed)}));
        EXPECT_TRUE(notified(events, ConnError::Reset));
    }
}

TEST(Transitions, ST29_FinWait2FinToTimeWait)
{
    Connection c = fin_wait_2();
    inject(c, 0us, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::FinWait2, State::TimeWait)}));
}

TEST(Transitions, ST31_ClosingAckToTimeWait)
{
    Connection c = closing();
    inject(c, 0us, pkt(".", 5002, 1002));
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::Closing, State::TimeWait)}));
    EXPECT_EQ(c.next_deadline(), Time(240s));
}

TEST(Transitions, ST32_LastAckAckCloses)
{
    Connection c = last_ack();
    inject(c, 0us, pkt(".", 5002, 1002));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::LastAck, State::Closed)}));
}

TEST(Transitions, ST34_ClosingLastAckTimeWaitResetCloses)
{
    for (Connection c : {closing(), last_ack(), time_wait()}) {
        const State before = c.state();
        inject(c, 0us, pkt("R", c.tcb().rcv_nxt));
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(before, State::Closed)}));
    }
}
