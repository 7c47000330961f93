// User calls (tcp-behaviour.md §3.2 UC-*, and the user-call rows of §2 ST-*), against the
// standard fixture: local ISS 1000, peer IRS 5000, windows 1000, no peer options.

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

std::pair<State, State> last_transition(const std::vector<Event>& events)
{
    const auto t = transitions(events);
    return t.empty() ? std::pair{State::Closed, State::Closed} : t.back();
}

} // namespace

// ----- §2 transition table: user-call rows ------------------------------------------------

TEST(UserCalls, ST01_PassiveOpenEntersListen)
{
    Connection c = make_connection();
    EXPECT_EQ(c.open_passive(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Listen);
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(last_transition(c.take_events()), std::pair(State::Closed, State::Listen));
}

TEST(UserCalls, ST02_ActiveOpenSendsSynAndEntersSynSent)
{
    Connection c = make_connection();
    EXPECT_EQ(c.open_active(0us, kRemote, kIss), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("S", 1000).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.state(), State::SynSent);
    EXPECT_EQ(c.tcb().iss, 1000U);
    EXPECT_EQ(c.tcb().snd_una, 1000U);
    EXPECT_EQ(c.tcb().snd_nxt, 1001U);
}

TEST(UserCalls, ST03_ActiveOpenWithoutRemoteIsAnError)
{
    Connection c = make_connection();
    EXPECT_EQ(c.open_active(0us, Endpoint{}, kIss), ConnError::RemoteUnspecified);
    EXPECT_EQ(c.open_active(0us, Endpoint{kRemote.ip, 0}, kIss), ConnError::RemoteUnspecified);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
}

TEST(UserCalls, ST05_ActiveOpenFromListenSendsSyn)
{
    Connection c = listen();
    EXPECT_EQ(c.open_active(0us, kRemote, kIss), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("S", 1000).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.state(), State::SynSent);
    EXPECT_EQ(last_transition(c.take_events()), std::pair(State::Listen, State::SynSent));
}

TEST(UserCalls, ST06_CloseInListen)
{
    Connection c = listen();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
}

TEST(UserCalls, ST07_AbortInListen)
{
    Connection c = listen();
    EXPECT_EQ(c.abort(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
}

TEST(UserCalls, ST11_CloseInSynSentSendsNothing)
{
    Connection c = syn_sent();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
    EXPECT_FALSE(c.next_deadline()); // the SYN is not retransmitted
}

TEST(UserCalls, ST12_AbortInSynSentSendsNothing)
{
    Connection c = syn_sent();
    EXPECT_EQ(c.abort(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
    EXPECT_FALSE(c.next_deadline());
}

TEST(UserCalls, ST17_CloseInSynReceivedSendsFin)
{
    Connection c = syn_received_passive();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1001, 5001));
    EXPECT_EQ(c.state(), State::FinWait1);
}

TEST(UserCalls, ST18_AbortInSynReceivedSendsReset)
{
    Connection c = syn_received_passive();
    EXPECT_EQ(c.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("R", 1001));
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(UserCalls, ST20_CloseInEstablishedSendsFin)
{
    Connection c = established();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1001, 5001));
    EXPECT_EQ(c.state(), State::FinWait1);
    EXPECT_EQ(c.tcb().snd_nxt, 1002U);
}

TEST(UserCalls, ST23_AbortInEstablishedSendsReset)
{
    Connection c = established();
    EXPECT_EQ(c.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("R", 1001));
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_FALSE(c.next_deadline());
}

TEST(UserCalls, ST28_AbortInFinWaitAndCloseWaitSendsReset)
{
    Connection fw1 = fin_wait_1();
    EXPECT_EQ(fw1.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(fw1, pkt("R", 1002)); // SND.NXT is past our FIN
    EXPECT_EQ(fw1.state(), State::Closed);

    Connection fw2 = fin_wait_2();
    EXPECT_EQ(fw2.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(fw2, pkt("R", 1002));
    EXPECT_EQ(fw2.state(), State::Closed);

    Connection cw = close_wait();
    EXPECT_EQ(cw.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(cw, pkt("R", 1001));
    EXPECT_EQ(cw.state(), State::Closed);
}

TEST(UserCalls, ST30_CloseInCloseWaitSendsFin)
{
    Connection c = close_wait();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1001, 5002));
    EXPECT_EQ(c.state(), State::LastAck);
}

TEST(UserCalls, ST35_AbortInClosingLastAckTimeWaitSendsNothing)
{
    for (Connection c : {closing(), last_ack(), time_wait()}) {
        const State before = c.state();
        EXPECT_EQ(c.abort(0us), ConnError::None) << rfc_name(before);
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), State::Closed) << rfc_name(before);
        EXPECT_FALSE(c.next_deadline()) << rfc_name(before);
    }
}

// ----- §3.2 user calls ------------------------------------------------------------------------

TEST(UserCalls, UC1_PassiveOpen)
{
    Connection c = make_connection();
    EXPECT_EQ(c.open_passive(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Listen);
    EXPECT_TRUE(c.passive());
    EXPECT_NOTHING_SENT(c);
    EXPECT_FALSE(c.next_deadline());
}

TEST(UserCalls, UC2_ActiveOpen)
{
    Connection c = make_connection();
    ASSERT_EQ(c.open_active(0us, kRemote, kIss), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("S", 1000).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.tcb().snd_una, 1000U);
    EXPECT_EQ(c.tcb().snd_nxt, 1001U);
    EXPECT_EQ(c.state(), State::SynSent);
    EXPECT_EQ(c.next_deadline(), Time(1s)); // RT-1
}

TEST(UserCalls, UC3_ActiveOpenInListen)
{
    Connection c = listen();
    EXPECT_EQ(c.open_active(0us, Endpoint{}, kIss), ConnError::RemoteUnspecified);
    EXPECT_EQ(c.state(), State::Listen);
    EXPECT_EQ(c.open_active(0us, kRemote, kIss), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("S", 1000).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.state(), State::SynSent);
    EXPECT_FALSE(c.passive());
}

TEST(UserCalls, UC4_OpenInAnyOtherStateIsAnError)
{
    for (Connection c :
         {syn_sent(), syn_received_passive(), established(), fin_wait_1(), close_wait(), time_wait()}) {
        const State before = c.state();
        EXPECT_EQ(c.open_active(0us, kRemote, kIss), ConnError::AlreadyExists) << rfc_name(before);
        EXPECT_EQ(c.open_passive(0us), ConnError::AlreadyExists) << rfc_name(before);
        EXPECT_EQ(c.state(), before);
        EXPECT_NOTHING_SENT(c);
    }
    Connection l = listen();
    EXPECT_EQ(l.open_passive(0us), ConnError::AlreadyExists);
}

TEST(UserCalls, UC6_SendInClosed)
{
    Connection c = make_connection();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::DoesNotExist);
    EXPECT_NOTHING_SENT(c);
}

TEST(UserCalls, UC7_SendInListenWithoutRemoteIsAnError)
{
    // Our passive OPEN never names a remote socket, so SEND in LISTEN takes the RFC's
    // "else error" branch; the active branch is UC-3 (open_active from LISTEN).
    Connection c = listen();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::RemoteUnspecified);
    EXPECT_EQ(c.state(), State::Listen);
    EXPECT_NOTHING_SENT(c);
}

TEST(UserCalls, UC8_SendInSynSentIsQueuedUntilEstablished)
{
    Connection c = syn_sent();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_NOTHING_SENT(c);
    inject(c, 0us, pkt("S.", 5000, 1001));
    // The queued data carries the handshake's ACK (SS-6 "may carry queued data").
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(10));
    EXPECT_EQ(c.state(), State::Established);
}

TEST(UserCalls, UC8_SendInSynReceivedIsQueuedUntilEstablished)
{
    Connection c = syn_received_passive();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_NOTHING_SENT(c);
    inject(c, 0us, pkt(".", 5001, 1001));
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(10));
    EXPECT_EQ(c.state(), State::Established);
}

TEST(UserCalls, UC9_SendInEstablishedAndCloseWait)
{
    Connection e = established();
    EXPECT_EQ(e.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_SEGMENTS(e, pkt("P.", 1001, 5001).payload(10));
    EXPECT_EQ(e.tcb().snd_nxt, 1011U);

    Connection cw = close_wait();
    EXPECT_EQ(cw.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_SEGMENTS(cw, pkt("P.", 1001, 5002).payload(10));
}

TEST(UserCalls, UC9_SendSegmentizesByEffectiveMss)
{
    // Eff.snd.MSS is 536 (the peer sent no MSS option, OP-6); the peer's window is 1000.
    Connection c = established();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 1072)), ConnError::None);
    // 536 + 464: the second would be a small segment, below half the window (SWS, OP-13).
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536));
    inject(c, 10ms, pkt(".", 5001, 1537));
    EXPECT_SEGMENTS(c, pkt("P.", 1537, 5001).payload(536));
}

TEST(UserCalls, UC10_SendAfterCloseIsAnError)
{
    for (Connection c : {fin_wait_1(), fin_wait_2(), closing(), last_ack(), time_wait()}) {
        const State before = c.state();
        EXPECT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::Closing) << rfc_name(before);
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), before);
    }
}

TEST(UserCalls, UC11_NothingIsDeliveredBeforeEstablished)
{
    // Data on a SYN (LI-4) is held in SYN-RECEIVED, delivered only after the handshake.
    Connection c = listen();
    inject(c, 0us, pkt("S", 5000).payload(10));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.bytes_delivered(), 0U);
    inject(c, 0us, pkt(".", 5001, 1001));
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_EQ(c.bytes_delivered(), 10U);
}

TEST(UserCalls, UC12_DataDeliveredInEstablishedAndFinWait)
{
    for (Connection c : {established(), fin_wait_1(), fin_wait_2()}) {
        const SeqNum snd_nxt = c.tcb().snd_nxt;
        inject(c, 0us, pkt("P.", 5001, snd_nxt).payload(10));
        EXPECT_EQ(c.bytes_delivered(), 10U) << rfc_name(c.state());
        EXPECT_EQ(delivered_bytes(c), stream_bytes(5001, 10));
        EXPECT_SEGMENTS(c, pkt(".", snd_nxt, 5011));
    }
}

TEST(UserCalls, UC13_CloseWaitKeepsDeliveredDataThenReportsClosing)
{
    Connection c = established();
    inject(c, 0us, pkt("FP.", 5001, 1001).payload(10));
    EXPECT_EQ(c.state(), State::CloseWait);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5012));
    const auto events = c.take_events();
    // The data comes first, then "connection closing".
    std::size_t delivered_at = events.size(), closing_at = events.size();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].kind == EventKind::DataDelivered && delivered_at == events.size()) delivered_at = i;
        if (events[i].kind == EventKind::UserNotified && events[i].error == ConnError::ClosedNormally)
            closing_at = i;
    }
    EXPECT_LT(delivered_at, closing_at);
    EXPECT_EQ(c.bytes_delivered(), 10U);
}

TEST(UserCalls, UC15_CloseInListen)
{
    Connection c = listen();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
}

TEST(UserCalls, UC16_CloseInSynSentThenSynAckGetsReset)
{
    // packetdrill close-on-syn-sent.pkt: no RST on close, the later SYN,ACK gets R 1001.
    Connection c = syn_sent();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.state(), State::Closed);
    inject(c, 10ms, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt("R", 1001));
}

TEST(UserCalls, UC17_CloseInSynReceivedWithoutData)
{
    Connection c = syn_received_passive();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1001, 5001));
    EXPECT_EQ(c.state(), State::FinWait1);
}

TEST(UserCalls, UC17_CloseInSynReceivedWithQueuedDataWaitsForEstablished)
{
    Connection c = syn_received_passive();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_NOTHING_SENT(c); // "queue for processing after entering ESTABLISHED"
    EXPECT_EQ(c.state(), State::SynReceived);
    inject(c, 0us, pkt(".", 5001, 1001));
    EXPECT_SEGMENTS(c, pkt("FP.", 1001, 5001).payload(10));
    EXPECT_EQ(c.state(), State::FinWait1);
}

TEST(UserCalls, UC18_CloseInEstablishedSendsFinAfterQueuedData)
{
    Connection c = established();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 600)), ConnError::None);
    // 536 go at once; Nagle holds the 64-octet tail while data is unacknowledged (OP-12).
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(536));
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("FP.", 1537, 5001).payload(64)); // the FIN rides on the last data
    EXPECT_EQ(c.state(), State::FinWait1);
    EXPECT_EQ(c.tcb().snd_nxt, 1602U);
}

TEST(UserCalls, UC19_CloseInFinWaitSendsNoSecondFin)
{
    for (Connection c : {fin_wait_1(), fin_wait_2()}) {
        const State before = c.state();
        EXPECT_EQ(c.close(0us), ConnError::Closing);
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), before);
        EXPECT_EQ(c.tcb().snd_nxt, 1002U);
    }
}

TEST(UserCalls, UC20_CloseInCloseWait)
{
    Connection c = close_wait();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1001, 5002));
    EXPECT_EQ(c.state(), State::LastAck);
}

TEST(UserCalls, UC20_CloseInCloseWaitSendsQueuedDataFirst)
{
    Connection c = close_wait();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 600)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5002).payload(536));
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("FP.", 1537, 5002).payload(64));
    EXPECT_EQ(c.state(), State::LastAck);
}

TEST(UserCalls, UC21_CloseInClosingLastAckTimeWait)
{
    for (Connection c : {closing(), last_ack(), time_wait()}) {
        const State before = c.state();
        EXPECT_EQ(c.close(0us), ConnError::Closing) << rfc_name(before);
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), before);
    }
}

TEST(UserCalls, UC22_AbortInListenAndSynSent)
{
    for (Connection c : {listen(), syn_sent()}) {
        EXPECT_EQ(c.abort(0us), ConnError::None);
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), State::Closed);
    }
}

TEST(UserCalls, UC23_AbortSendsResetAtSndNxtAndFlushes)
{
    Connection c = established();
    EXPECT_EQ(c.send(0us, stream_payload(1001, 2000)), ConnError::None);
    c.take_outgoing();
    EXPECT_GT(c.bytes_unacknowledged(), 0U);
    EXPECT_EQ(c.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("R", 1537)); // <SEQ=SND.NXT><CTL=RST>, no ACK bit
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_EQ(c.bytes_unacknowledged(), 0U);
    EXPECT_FALSE(c.next_deadline());
    for (Connection o : {syn_received_passive(), fin_wait_1(), fin_wait_2(), close_wait()}) {
        const SeqNum nxt = o.tcb().snd_nxt;
        EXPECT_EQ(o.abort(0us), ConnError::None);
        EXPECT_SEGMENTS(o, pkt("R", nxt));
        EXPECT_EQ(o.state(), State::Closed);
    }
}

TEST(UserCalls, UC24_AbortInClosingLastAckTimeWait)
{
    for (Connection c : {closing(), last_ack(), time_wait()}) {
        EXPECT_EQ(c.abort(0us), ConnError::None);
        EXPECT_NOTHING_SENT(c);
        EXPECT_EQ(c.state(), State::Closed);
    }
}

TEST(UserCalls, UC25_StatusNamesTheState)
{
    EXPECT_EQ(rfc_name(established().state()), "ESTABLISHED");
    EXPECT_EQ(rfc_name(syn_received_passive().state()), "SYN-RECEIVED");
    EXPECT_EQ(rfc_name(fin_wait_2().state()), "FIN-WAIT-2");
    EXPECT_EQ(linux_name(syn_received_passive().state()), "SYN_RECV");
}

TEST(UserCalls, UC26_LinuxCloseWithUnreadDataSendsRstAck)
{
    Connection c = established(lnx());
    c.set_reading(0us, false);
    inject(c, 0us, pkt("P.", 5001, 1001).payload(10));
    c.take_outgoing();
    EXPECT_EQ(c.unread_bytes(), 10U);
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("R.", 1001, 5011));
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(UserCalls, UC26_RfcProfileClosesWithFinDespiteUnreadData)
{
    // SHLD-3 is a SHOULD; the RFC profile keeps the plain FIN so the classic teardown shows.
    Connection c = established();
    c.set_reading(0us, false);
    inject(c, 0us, pkt("P.", 5001, 1001).payload(10));
    c.take_outgoing();
    EXPECT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1001, 5011).win(990)); // the unread 10 octets fill the buffer
    EXPECT_EQ(c.state(), State::FinWait1);
}

TEST(UserCalls, UC27_RemoteCloseReportedAsNormalOrReset)
{
    Connection fin = established();
    inject(fin, 0us, pkt("F.", 5001, 1001));
    const auto fin_events = fin.take_events();
    EXPECT_TRUE(notified(fin_events, ConnError::ClosedNormally));
    EXPECT_FALSE(notified(fin_events, ConnError::Reset));

    Connection rst = established();
    inject(rst, 0us, pkt("R", 5001));
    const auto rst_events = rst.take_events();
    EXPECT_TRUE(notified(rst_events, ConnError::Reset));
    EXPECT_FALSE(notified(rst_events, ConnError::ClosedNormally));
    EXPECT_EQ(rst.last_error(), ConnError::Reset);
}

TEST(UserCalls, UC28_LinuxErrorOnReset)
{
    Connection ss = syn_sent(lnx());
    inject(ss, 0us, pkt("R.", 0, 1001));
    EXPECT_EQ(ss.last_error(), ConnError::Refused); // ECONNREFUSED
    EXPECT_EQ(ss.state(), State::Closed);

    Connection e = established(lnx());
    inject(e, 0us, pkt("R", 5001));
    EXPECT_EQ(e.last_error(), ConnError::Reset); // ECONNRESET
}

TEST(UserCalls, LX13_LinuxAbortSendsRstAck)
{
    Connection c = established(lnx());
    EXPECT_EQ(c.abort(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("R.", 1001, 5001));
    EXPECT_EQ(c.state(), State::Closed);
}
