// Timers at the connection level: timeouts and failure handling (tcp-behaviour.md §3.5 TO-*),
// the RFC 6298 retransmission timer as the connection uses it (§3.9 RT-*, vectors V1..V4),
// the Linux timer values (§3.11 LX-5, LX-6, LX-8, LX-9, LX-15), retransmitted SYNs keeping
// their ISS (IS-5), and the timer rows of §2 (ST-33, ST-36, ST-37).

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

struct Sent {
    Time at;
    Segment segment;
};

/// Fires every timer up to `until` (nothing arrives from the peer); returns what was sent.
std::vector<Sent> run_timers(Connection& c, Time until)
{
    std::vector<Sent> out;
    while (auto d = c.next_deadline()) {
        if (*d > until) break;
        c.on_timer(*d);
        for (Outgoing& o : c.take_outgoing()) out.push_back({*d, o.segment});
    }
    return out;
}

std::vector<Time> times_of(const std::vector<Sent>& sent)
{
    std::vector<Time> out;
    for (const Sent& s : sent) out.push_back(s.at);
    return out;
}

/// When the connection entered CLOSED, from its events.
std::optional<Time> closed_at(const std::vector<Event>& events)
{
    for (const Event& e : events)
        if (e.kind == EventKind::StateChanged && e.to == State::Closed) return e.at;
    return std::nullopt;
}

std::vector<Time> seconds_list(std::initializer_list<int> s)
{
    std::vector<Time> out;
    for (int v : s) out.push_back(std::chrono::seconds(v));
    return out;
}

Profile with_user_timeout()
{
    Profile p = rfc();
    p.user_timeout = std::chrono::minutes(5);
    p.data_retries = 100;
    p.syn_retries = 100;
    return p;
}

} // namespace

// ----- 3.5 Timeouts ------------------------------------------------------------------------

TEST(Timeouts, TO1_UserTimeoutAbortsTheConnection)
{
    static const Profile p = with_user_timeout();
    Connection c = established(p);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    run_timers(c, 300s - 1us);
    EXPECT_EQ(c.state(), State::Established);
    run_timers(c, 300s);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_EQ(c.last_error(), ConnError::UserTimeout);
    EXPECT_NOTHING_SENT(c);
}

TEST(Timeouts, TO2_RetransmissionTimeoutResendsTheHead)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(100));
    EXPECT_EQ(c.next_deadline(), Time(1s));
    fire(c, 1s);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(100));
    EXPECT_EQ(c.next_deadline(), Time(3s)); // RTO doubled (RT-8)
}

TEST(Timeouts, TO3_TimeWaitTimeoutDeletesTheTcb)
{
    Connection c = time_wait();
    fire(c, 240s - 1us);
    EXPECT_EQ(c.state(), State::TimeWait); // the active closer lingers 2 MSL (MUST-13)
    fire(c, 240s);
    EXPECT_EQ(c.state(), State::Closed);
    EXPECT_NOTHING_SENT(c);
    EXPECT_FALSE(c.next_deadline());
}

TEST(Timeouts, TO5_R2ClosesTheConnectionAndIsSettable)
{
    Connection c = established(); // RFC profile: R2 = 7 retransmissions (> 100 s)
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    const auto sent = run_timers(c, 1000s);
    EXPECT_EQ(times_of(sent), seconds_list({1, 3, 7, 15, 31, 63, 123}));
    const auto events = c.take_events();
    EXPECT_EQ(closed_at(events), Time(183s));
    EXPECT_EQ(c.last_error(), ConnError::TimedOut);

    static const Profile three = [] { // MUST-21: the application can set R2
        Profile p = rfc();
        p.data_retries = 3;
        return p;
    }();
    Connection s = established(three);
    ASSERT_EQ(s.send(0us, stream_payload(1001, 100)), ConnError::None);
    s.take_outgoing();
    EXPECT_EQ(times_of(run_timers(s, 1000s)), seconds_list({1, 3, 7}));
    EXPECT_EQ(closed_at(s.take_events()), Time(15s));
}

TEST(Timeouts, TO6_SynRetriedForAtLeastThreeMinutes)
{
    Connection c = syn_sent();
    const auto sent = run_timers(c, 1000s);
    EXPECT_EQ(times_of(sent), seconds_list({1, 3, 7, 15, 31, 63, 123}));
    const auto at = closed_at(c.take_events());
    ASSERT_TRUE(at);
    EXPECT_GE(*at, Time(180s)); // MUST-23
    EXPECT_EQ(*at, Time(183s));
    EXPECT_EQ(c.last_error(), ConnError::TimedOut);
}

TEST(Timeouts, TO7_ZeroWindowIsProbedWithBackoff)
{
    Connection c = established();
    inject(c, 0us, pkt(".", 5001, 1001).win(0));
    ASSERT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.next_deadline(), Time(1s)); // first probe after one RTO (SHLD-29)
    fire(c, 1s);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(1)); // one new octet beyond the window
    inject(c, 1010ms, pkt(".", 5001, 1001).win(0));      // the probe is answered
    EXPECT_EQ(c.next_deadline(), Time(3s));              // backoff (SHLD-30)
    fire(c, 3s);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001).payload(1));
    inject(c, 3010ms, pkt(".", 5001, 1001).win(0));
    EXPECT_EQ(c.next_deadline(), Time(7s));
    // Many unanswered-by-window probes later, still open (MUST-37).
    for (int i = 0; i < 20; ++i) {
        const auto d = fire_next(c);
        ASSERT_TRUE(d);
        inject(c, *d + 10ms, pkt(".", 5001, 1001).win(0));
    }
    EXPECT_EQ(c.state(), State::Established);
    settle(c);
    // The window opens: the probe octet was not accepted, so everything from SND.UNA goes out.
    const Time t = Time(5000s);
    inject(c, t, pkt(".", 5001, 1001).win(1000));
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(10));
}

TEST(Timeouts, TO7_LinuxProbesWithAnOldSequenceNumber)
{
    Connection c = established(lnx());
    inject(c, 0us, pkt(".", 5001, 1001).win(0));
    ASSERT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_NOTHING_SENT(c);
    const auto d = fire_next(c);
    ASSERT_TRUE(d);
    EXPECT_EQ(*d, Time(200ms));               // one RTO (LX-7: 0 + 200 ms after a 0 µs handshake RTT)
    EXPECT_SEGMENTS(c, pkt(".", 1000, 5001)); // tcp_xmit_probe_skb: SEQ = SND.UNA - 1, no data
}

TEST(Timeouts, TO9_DelayedAckBelowHalfASecondAndEverySecondFullSegment)
{
    static const Profile p = [] {
        Profile q = lnx();
        q.receive_buffer = q.syn_window = 8000;
        return q;
    }();
    Connection c = established(p);
    for (int i = 0; i < 16; ++i) { // quick-ACK mode at the start (LX-15)
        inject(c, 0us, pkt("P.", 5001 + static_cast<SeqNum>(i), 1001).payload(1));
        EXPECT_SEGMENTS(c,
                        pkt(".", 1001, 5002 + static_cast<SeqNum>(i)).win(static_cast<std::uint16_t>(8000)));
    }
    SeqNum seq = 5017;
    inject(c, 1s, pkt(".", seq, 1001).payload(536));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.next_deadline(), Time(1s + 40ms)); // < 500 ms (MUST-40)
    seq += 536;
    inject(c, 1s + 10ms, pkt(".", seq, 1001).payload(536));
    EXPECT_SEGMENTS(c, pkt(".", 1001, seq + 536).win(8000)); // every 2nd full segment (SHLD-19)
    seq += 536;
    inject(c, 2s, pkt("P.", seq, 1001).payload(100));
    EXPECT_NOTHING_SENT(c);
    fire(c, 2s + 40ms);
    EXPECT_SEGMENTS(c, pkt(".", 1001, seq + 100).win(8000));
}

TEST(Timeouts, TO10_ShrinkingWindowIsSurvived)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 500)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(500));
    inject(c, 10ms, pkt(".", 5001, 1001).win(100)); // right edge moves left: 1101 < SND.NXT
    ASSERT_EQ(c.send(10ms, stream_payload(1501, 100)), ConnError::None);
    EXPECT_NOTHING_SENT(c); // no new data beyond the right edge
    fire(c, 1s);
    const auto sent = c.take_outgoing();
    ASSERT_EQ(sent.size(), 1U); // old data is retransmitted
    EXPECT_EQ(sent[0].segment.seq, 1001U);
    // The window shrinks to zero; the peer keeps answering: the connection must not time out.
    inject(c, 1010ms, pkt(".", 5001, 1001).win(0));
    for (int i = 0; i < 30; ++i) {
        const auto d = fire_next(c);
        ASSERT_TRUE(d);
        c.take_outgoing();
        inject(c, *d + 10ms, pkt(".", 5001, 1001).win(0));
    }
    EXPECT_EQ(c.state(), State::Established);
    inject(c, 100000s, pkt(".", 5001, 1001).win(1000));
    const auto resumed = c.take_outgoing();
    ASSERT_FALSE(resumed.empty());
    EXPECT_EQ(resumed[0].segment.seq, 1001U);
}

// ----- 3.9 Retransmission timer ------------------------------------------------------------

TEST(RetransmissionTimer, RT1_InitialRtoIsOneSecond)
{
    Connection c = syn_sent();
    EXPECT_EQ(c.rto(), Duration(1s));
    EXPECT_EQ(c.next_deadline(), Time(1s));
    EXPECT_FALSE(c.rtt().srtt());
}

/// ESTABLISHED (passive) with no RTT sample: the SYN,ACK was retransmitted (Karn), so the
/// RTO was re-initialised to 3 s (RT-8 (5.7)).
static Connection established_without_sample()
{
    Connection c = syn_received_passive();
    fire(c, 1s);
    settle(c);
    inject(c, 1500ms, pkt(".", 5001, 1001));
    EXPECT_EQ(c.state(), State::Established);
    EXPECT_FALSE(c.rtt().srtt());
    settle(c);
    return c;
}

TEST(RetransmissionTimer, RT2_FirstSample_V1)
{
    Connection c = established_without_sample();
    ASSERT_EQ(c.send(2s, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    inject(c, 4s, pkt(".", 5001, 1101)); // R = 2 s
    ASSERT_TRUE(c.rtt().srtt());
    EXPECT_EQ(*c.rtt().srtt(), Duration(2s));
    EXPECT_EQ(c.rtt().rttvar(), Duration(1s));
    EXPECT_EQ(c.rto(), Duration(6s));
}

TEST(RetransmissionTimer, RT3_LaterSample_V2)
{
    Connection c = established_without_sample();
    ASSERT_EQ(c.send(2s, stream_payload(1001, 100)), ConnError::None);
    inject(c, 4s, pkt(".", 5001, 1101));
    ASSERT_EQ(c.send(4s, stream_payload(1101, 100)), ConnError::None);
    inject(c, 5s, pkt(".", 5001, 1201)); // R' = 1 s
    EXPECT_EQ(c.rtt().rttvar(), Duration(1s));
    EXPECT_EQ(*c.rtt().srtt(), Duration(1875ms));
    EXPECT_EQ(c.rto(), Duration(5875ms));
    EXPECT_EQ(c.next_deadline(), std::nullopt); // all acknowledged
}

TEST(RetransmissionTimer, RT4_RtoBelowOneSecondIsRoundedUp_V3)
{
    Connection r = syn_received_passive();
    inject(r, 100ms, pkt(".", 5001, 1001)); // R = 100 ms
    EXPECT_EQ(r.rto(), Duration(1s));

    Connection l = syn_received_passive(lnx());
    inject(l, 100ms, pkt(".", 5001, 1001));
    EXPECT_EQ(l.rto(), Duration(300ms)); // LX-7: no 1 s floor
}

TEST(RetransmissionTimer, RT5_RtoIsCapped)
{
    Connection r = syn_sent();
    const auto sent = run_timers(r, 1000s);
    ASSERT_GE(sent.size(), 7U);
    EXPECT_EQ(sent[6].at - sent[5].at, Duration(60s)); // 64 s capped at 60 s

    Connection l = established(lnx());
    ASSERT_EQ(l.send(0us, stream_payload(1001, 100)), ConnError::None);
    l.take_outgoing();
    const auto lsent = run_timers(l, 2000s);
    ASSERT_GE(lsent.size(), 12U);
    EXPECT_EQ(lsent[11].at - lsent[10].at, Duration(120s)); // TCP_RTO_MAX
}

TEST(RetransmissionTimer, RT6_KarnNoSampleFromRetransmissions)
{
    Connection s = syn_sent();
    fire(s, 1s); // the SYN is retransmitted
    inject(s, 1500ms, pkt("S.", 5000, 1001));
    EXPECT_FALSE(s.rtt().srtt()); // ambiguous: no sample

    Connection c = established();
    const auto before = c.rtt().srtt();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    fire(c, 1s);
    inject(c, 1200ms, pkt(".", 5001, 1101));
    EXPECT_EQ(c.rtt().srtt(), before);
}

TEST(RetransmissionTimer, RT7_GranularityIsOneMillisecond)
{
    static const Profile p = [] {
        Profile q = rfc();
        q.rto.minimum = Duration::zero();
        return q;
    }();
    Connection c = syn_received_passive(p);
    inject(c, 0us, pkt(".", 5001, 1001)); // R = 0: RTO = SRTT + max(G, 4 * 0) = G
    EXPECT_EQ(c.rto(), Duration(1ms));
}

TEST(RetransmissionTimer, RT8_TimerManagement)
{
    Connection c = established();
    EXPECT_FALSE(c.next_deadline());
    ASSERT_EQ(c.send(0us, stream_payload(1001, 300)), ConnError::None); // (5.1) start
    EXPECT_EQ(c.next_deadline(), Time(1s));
    ASSERT_EQ(c.send(500ms, stream_payload(1301, 100)), ConnError::None); // running: not restarted
    EXPECT_EQ(c.next_deadline(), Time(1s));
    inject(c, 600ms, pkt(".", 5001, 1301)); // (5.3) new data acked: restart
    EXPECT_EQ(c.next_deadline(), Time(1600ms));
    c.take_outgoing();
    fire(c, 1600ms); // (5.4) retransmit, (5.5) double, (5.6) restart
    EXPECT_SEGMENTS(c, pkt("P.", 1301, 5001).payload(100));
    EXPECT_EQ(c.next_deadline(), Time(3600ms));
    inject(c, 3700ms, pkt(".", 5001, 1401)); // (5.2) all acked: stop
    EXPECT_FALSE(c.next_deadline());
    // (5.7) After a SYN timeout the RTO is re-initialised to 3 s once data flows.
    Connection s = syn_sent();
    fire(s, 1s);
    inject(s, 1500ms, pkt("S.", 5000, 1001));
    EXPECT_EQ(s.rto(), Duration(3s));
}

TEST(RetransmissionTimer, RT9_BackedOffRtoIsKeptUntilAFreshSample)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    fire(c, 1s);
    EXPECT_EQ(c.rto(), Duration(2s));
    inject(c, 1100ms, pkt(".", 5001, 1101)); // ACK of the retransmission: no sample (Karn)
    EXPECT_EQ(c.rto(), Duration(2s));
    ASSERT_EQ(c.send(2s, stream_payload(1101, 100)), ConnError::None);
    EXPECT_EQ(c.next_deadline(), Time(4s));  // still the backed-off value
    inject(c, 2100ms, pkt(".", 5001, 1201)); // new data acked without retransmission
    EXPECT_EQ(c.rto(), Duration(1s));        // recomputed from the sample (floor 1 s)
}

TEST(RetransmissionTimer, V4_BackoffSchedule)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    const auto sent = run_timers(c, 64s);
    EXPECT_EQ(times_of(sent), seconds_list({1, 3, 7, 15, 31, 63}));
    for (const Sent& s : sent) EXPECT_EQ(s.segment.seq, 1001U);
}

// ----- Retransmitted SYNs keep their ISS ------------------------------------------------------

TEST(Isn, IS5_RetransmittedSynAndSynAckKeepTheIss)
{
    Connection s = syn_sent();
    for (const Sent& x : run_timers(s, 20s)) {
        EXPECT_EQ(x.segment.seq, 1000U);
        EXPECT_TRUE(x.segment.flags.syn());
    }
    Connection r = syn_received_passive();
    for (const Sent& x : run_timers(r, 20s)) {
        EXPECT_EQ(x.segment.seq, 1000U);
        EXPECT_EQ(x.segment.flags, TcpFlags(TcpFlags::SYN | TcpFlags::ACK));
        EXPECT_EQ(x.segment.ack, 5001U);
    }
}

// ----- 3.11 Linux timers ------------------------------------------------------------------------

TEST(LinuxTimers, LX5_SynSchedule)
{
    Connection c = syn_sent(lnx());
    const auto sent = run_timers(c, 1000s);
    EXPECT_EQ(times_of(sent), seconds_list({1, 2, 3, 4, 5, 7, 11, 19, 35, 67})); // plus the SYN at 0
    for (const Sent& s : sent) EXPECT_TRUE(s.segment.flags.syn());
    EXPECT_EQ(closed_at(c.take_events()), Time(131s));
    EXPECT_EQ(c.last_error(), ConnError::TimedOut);
}

TEST(LinuxTimers, LX6_SynAckSchedule)
{
    Connection c = syn_received_passive(lnx());
    const auto sent = run_timers(c, 1000s);
    EXPECT_EQ(times_of(sent), seconds_list({1, 3, 7, 15, 31}));
    const auto t = transitions(c.take_events());
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t.back(), std::pair(State::SynReceived, State::Listen)); // the request is dropped
    EXPECT_FALSE(c.next_deadline());
}

TEST(LinuxTimers, LX8_DataGiveUpAfterRetries2)
{
    Connection c = established(lnx()); // RTO 200 ms = TCP_RTO_MIN after a 0 µs handshake RTT
    ASSERT_EQ(c.send(0us, stream_payload(1001, 100)), ConnError::None);
    c.take_outgoing();
    const auto sent = run_timers(c, 2000s);
    EXPECT_EQ(sent.size(), 15U);
    EXPECT_EQ(closed_at(c.take_events()), Time(924600ms)); // the 924.6 s of ip-sysctl.rst
}

TEST(LinuxTimers, LX9_TimeWaitIsSixtySeconds)
{
    Connection c = time_wait(lnx());
    EXPECT_EQ(c.next_deadline(), Time(60s));
    fire(c, 60s);
    EXPECT_EQ(c.state(), State::Closed);
}

TEST(LinuxTimers, LX15_DelayedAckIs40Milliseconds)
{
    Connection c = established(lnx());
    for (int i = 0; i < 16; ++i) {
        inject(c, 0us, pkt("P.", 5001 + static_cast<SeqNum>(i), 1001).payload(1));
        EXPECT_SEGMENTS(c, pkt(".", 1001, 5002 + static_cast<SeqNum>(i)));
    }
    inject(c, 1s, pkt("P.", 5017, 1001).payload(10));
    EXPECT_NOTHING_SENT(c);
    EXPECT_EQ(c.next_deadline(), Time(1040ms));
    fire(c, 1040ms);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5027));
}

// ----- §2 timer rows ------------------------------------------------------------------------------

TEST(TimerTransitions, ST33_TimeWaitExpiryCloses)
{
    Connection c = time_wait();
    fire(c, 240s);
    EXPECT_EQ(transitions(c.take_events()), (std::vector{std::pair(State::TimeWait, State::Closed)}));
    EXPECT_NOTHING_SENT(c);
}

TEST(TimerTransitions, ST36_UserTimeoutCloses)
{
    static const Profile p = with_user_timeout();
    Connection c = syn_sent(p);
    run_timers(c, 1000s);
    const auto events = c.take_events();
    EXPECT_EQ(closed_at(events), Time(300s));
    EXPECT_TRUE(notified(events, ConnError::UserTimeout));
}

TEST(TimerTransitions, ST37_RetransmissionThresholdClosesWithoutReset)
{
    Connection s = syn_sent();
    for (const Sent& x : run_timers(s, 1000s)) EXPECT_FALSE(x.segment.flags.rst());
    EXPECT_EQ(s.state(), State::Closed);
    EXPECT_EQ(s.last_error(), ConnError::TimedOut);

    Connection a = syn_received_active();
    for (const Sent& x : run_timers(a, 1000s)) EXPECT_FALSE(x.segment.flags.rst());
    EXPECT_EQ(a.state(), State::Closed);
    EXPECT_EQ(a.last_error(), ConnError::TimedOut);

    for (Connection c : {established(), fin_wait_1(), close_wait(), last_ack(), closing()}) {
        const State before = c.state();
        c.send(0us, stream_payload(1001, 10));
        c.take_outgoing();
        if (!c.next_deadline()) continue; // nothing outstanding in this state
        for (const Sent& x : run_timers(c, 10000s)) EXPECT_FALSE(x.segment.flags.rst());
        EXPECT_EQ(c.state(), State::Closed) << rfc_name(before);
        EXPECT_EQ(c.last_error(), ConnError::TimedOut) << rfc_name(before);
    }
}
