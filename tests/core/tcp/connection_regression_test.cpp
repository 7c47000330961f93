// Regression tests for engine bugs found by reading whole lesson traces, one test per
// checklist ID (tcp-behaviour.md). Each failed before its fix.
#include "tcp_script.hpp"

using namespace ackademy::tcp;
using ackademy::Time;
using namespace ackademy::tcp::script;

namespace {

/// ESTABLISHED through an active open where the peer's SYN,ACK offered window scaling, so
/// the windows we advertise are scaled by 7 (LX-3).
Connection established_scaled(const Profile& p)
{
    Connection c = syn_sent(p);
    TcpOptions o;
    o.push(opt::Mss{1460});
    o.push(opt::Nop{});
    o.push(opt::WindowScale{7});
    inject(c, 0us, pkt("S.", kIrs, kIss + 1).opts(o));
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_TRUE(c.tcb().window_scaling);
    settle(c);
    return c;
}

} // namespace

// ----- a. A duplicate FIN below RCV.NXT is re-ACKed (AK-15, FN-7, FN-6) ---------------------

// With Linux's acceptance test (SA-14) the old FIN ends exactly at RCV.NXT and passes step 1;
// step 8 must still acknowledge it (tcp_timewait_state_process returns TCP_TW_ACK).
TEST(DuplicateFin, AK15_LinuxTimeWaitReAcksRetransmittedFinAndRestarts2Msl)
{
    Connection c = time_wait(lnx());
    EXPECT_EQ(c.next_deadline(), Time(60s));
    inject(c, 30s, pkt("F.", 5001, 1002));
    EXPECT_SEGMENTS(c, pkt(".", 1002, 5002));
    EXPECT_EQ(c.state(), State::TimeWait);
    EXPECT_EQ(c.next_deadline(), Time(90s)); // FN-7: 2MSL restarted
}

// Linux tcp_data_queue: a segment wholly below RCV.NXT "is a retransmit": immediate ACK.
TEST(DuplicateFin, FN6_LinuxReAcksRetransmittedFinInCloseWaitClosingLastAck)
{
    for (Connection c : {close_wait(lnx()), closing(lnx()), last_ack(lnx())}) {
        const State before = c.state();
        SCOPED_TRACE(std::string(rfc_name(before)));
        inject(c, 1ms, pkt("F.", 5001, 1001));
        EXPECT_SEGMENTS(c, pkt(".", c.tcb().snd_nxt, 5002));
        EXPECT_EQ(c.state(), before);
    }
}

// ----- b. A coalesced retransmission that carries new data advances SND.MAX (AK-7) ----------

TEST(Retransmission, AK7_CoalescedRetransmissionIsNotMistakenForAnAckOfUnsentData)
{
    for (const Profile* p : {&rfc(), &lnx()}) {
        SCOPED_TRACE(std::string(p->name));
        Connection c = established(*p);
        // Three small writes in the same instant: the first goes out, Nagle holds the others.
        ASSERT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
        ASSERT_EQ(c.send(0us, stream_payload(1011, 10)), ConnError::None);
        ASSERT_EQ(c.send(0us, stream_payload(1021, 10)), ConnError::None);
        EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(10));
        // The first segment is lost; the timeout resends from SND.UNA with all 30 octets.
        const auto t = fire_next(c);
        ASSERT_TRUE(t);
        EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(30));
        EXPECT_EQ(c.tcb().snd_max, 1031U);
        // The ACK of all 30 octets acknowledges sent data: no AK-7 ACK, nothing outstanding.
        inject(c, *t + 10ms, pkt(".", 5001, 1031));
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.tcb().snd_una, 1031U);
        EXPECT_EQ(c.bytes_unacknowledged(), 0U);
        EXPECT_FALSE(c.next_deadline());
    }
}

// ----- c. Sender SWS avoidance has its override timer (OP-13) --------------------------------

// RFC 9293 §3.8.6.2.1 / RFC 1122 §4.2.3.4: with data queued, nothing in flight and a usable
// window smaller than both Eff.snd.MSS and half the largest window, the sender waits, but at
// most 0.1-1 s; then it sends what the window allows.
TEST(SenderSws, OP13_OverrideTimerSendsIntoASmallWindow)
{
    for (const Profile* p : {&rfc(), &lnx()}) {
        SCOPED_TRACE(std::string(p->name));
        Connection c = established(*p);
        ASSERT_EQ(c.send(0us, stream_payload(1001, 2000)), ConnError::None);
        EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536)); // Nagle holds the 464 left in the window
        inject(c, 10ms, pkt(".", 5001, 1537).win(200));        // all acked, but only 200 octets offered
        EXPECT_NOTHING_SENT(c);                                // 200 < 536 and 200 < 1000 / 2
        const auto t = c.next_deadline();
        ASSERT_TRUE(t);
        EXPECT_GE(*t, Time(10ms + 100ms));
        EXPECT_LE(*t, Time(10ms + 1s));
        fire(c, *t);
        EXPECT_SEGMENTS(c, pkt(".", 1537, 5001).payload(200));
        EXPECT_EQ(c.state(), State::Established);
    }
}

// ----- d. The receiver accepts what it advertised; the window closes (TX-1, OP-13, TO-7) -----

// With window scaling the advertised window is rounded up to the scale (Linux ALIGN in
// __tcp_select_window) and the right edge never moves left (SHLD-14). Data inside that
// window must be accepted, or the sender sees its in-window data refused and times out.
TEST(ReceiveWindow, TX1_DataInsideTheAdvertisedScaledWindowIsAccepted)
{
    Connection c = established_scaled(lnx());
    c.set_reading(0us, false);
    settle(c);
    inject(c, 1ms, pkt(".", 5001, 1001).payload(536));
    // 464 octets of buffer are left; the field is rounded up: 4 << 7 = 512 octets.
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5537).win(4));
    inject(c, 2ms, pkt("P.", 5537, 1001).payload(512));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 6049).win(0)); // all 512 accepted; the window is closed
    EXPECT_EQ(c.tcb().rcv_nxt, 6049U);
    EXPECT_EQ(c.bytes_delivered(), 1048U);
}

// Receiver SWS avoidance (MUST-39): space below min(buffer / 2, MSS) is not offered.
TEST(ReceiveWindow, OP13_ReceiverDoesNotOfferASillySmallWindow)
{
    Connection c = established(rfc());
    c.set_reading(0us, false);
    settle(c);
    inject(c, 1ms, pkt(".", 5001, 1001).payload(536)); // 464 left: the right edge stays (SHLD-14)
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5537).win(464));
    inject(c, 2ms, pkt(".", 5537, 1001).payload(464));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 6001).win(0));
    // The application reads: the window reopens in full (TO-7 window update).
    c.set_reading(3ms, true);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 6001).win(1000));
}

// ----- e. LX-12: the SYN,ACK for a duplicate SYN is rate-limited ------------------------------

TEST(LinuxTimers, LX12_SynAckForADuplicateSynIsRateLimited)
{
    Connection c = syn_received_passive(lnx());
    const Seg synack = pkt("S.", 1000, 5001).win(synack_window(lnx())).opts({opt::Mss{1460}});
    // The SYN,ACK timer fires at 1 s and the peer's retransmitted SYN arrives at that instant:
    // one SYN,ACK, not two (tcp_invalid_ratelimit, 500 ms).
    fire(c, 1s);
    EXPECT_SEGMENTS(c, synack);
    inject(c, 1s, pkt("S", 5000));
    EXPECT_NOTHING_SENT(c);
    inject(c, 1400ms, pkt("S", 5000));
    EXPECT_NOTHING_SENT(c);
    // Half a second later a duplicate SYN is answered again.
    inject(c, 1600ms, pkt("S", 5000));
    EXPECT_SEGMENTS(c, synack);
    EXPECT_EQ(c.state(), State::SynReceived);
}

// ----- g. ST-17: a timeout in FIN-WAIT-1 before our SYN was acknowledged ------------------------

TEST(Transitions, ST17_TimeoutAfterCloseInSynReceivedResendsTheSynAck)
{
    for (const Profile* p : {&rfc(), &lnx()}) {
        SCOPED_TRACE(std::string(p->name));
        Connection c = syn_received_passive(*p);
        EXPECT_EQ(c.close(0us), ConnError::None);
        EXPECT_SEGMENTS(c, pkt("F.", 1001, 5001).win(synack_window(*p)));
        ASSERT_EQ(c.state(), State::FinWait1);
        ASSERT_TRUE(fire_next(c));
        // SND.UNA is still ISS: the SYN,ACK is what is missing, never a FIN at SEQ = ISS.
        EXPECT_SEGMENTS(c,
                        pkt("S.", 1000, 5001).win(synack_window(*p)).opts(our_syn_options(*p, 0, 0, true)));
        // The peer's ACK of the SYN then leaves only the FIN outstanding.
        inject(c, 1100ms, pkt(".", 5001, 1001));
        EXPECT_EQ(c.tcb().snd_una, 1001U);
        EXPECT_EQ(c.state(), State::FinWait1);
        ASSERT_TRUE(fire_next(c));
        EXPECT_SEGMENTS(c, pkt("F.", 1001, 5001).win(synack_window(*p)));
    }
}
