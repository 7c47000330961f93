// Header and options as the connection uses them (tcp-behaviour.md §3.8 OP-3..OP-13) and the
// Linux SYN / SYN,ACK layouts (§3.11 LX-1..LX-4). Parsing and checksums (OP-1, OP-2, OP-4's
// illegal lengths) are tested with the wire codec in options_test.cpp and wire_test.cpp.

#include "tcp_script.hpp"

using namespace ackademy;
using namespace ackademy::tcp;
using namespace ackademy::tcp::script;

namespace {

const Profile& linux_real()
{
    return Profile::linux_profile();
}

/// The Linux SYN a peer like us sends at time `t` (TSval = t in ms).
TcpOptions linux_syn_options(std::uint32_t ts_val, std::uint32_t ts_ecr, std::uint8_t wscale = 7)
{
    return {opt::Mss{1460}, opt::SackPermitted{}, opt::Timestamps{ts_val, ts_ecr}, opt::Nop{},
            opt::WindowScale{wscale}};
}

TcpOptions ts(std::uint32_t val, std::uint32_t ecr)
{
    return {opt::Nop{}, opt::Nop{}, opt::Timestamps{val, ecr}};
}

/// A Linux client at 1 s whose Linux peer answers at 1.1 s with TSval 777 and wscale `peer_ws`.
Connection linux_client_established(std::uint8_t peer_ws = 7)
{
    Connection c = make_connection(linux_real());
    EXPECT_EQ(c.open_active(1s, kRemote, kIss), ConnError::None);
    c.take_outgoing();
    inject(c, 1100ms, pkt("S.", 5000, 1001).win(65160).opts(linux_syn_options(777, 1000, peer_ws)));
    EXPECT_EQ(c.state(), State::Established);
    return c;
}

} // namespace

TEST(Options, OP3_WindowFieldIsUnsignedAndVariablesAre32Bit)
{
    Connection c = established();
    inject(c, 0us, pkt(".", 5001, 1001).win(65535));
    EXPECT_EQ(c.tcb().snd_wnd, 65535U);
    Connection l = linux_client_established(14);
    c.take_outgoing();
    inject(l, 1200ms, pkt(".", 5001, 1001).win(0xFFFF).opts(ts(800, 1100)));
    EXPECT_EQ(l.tcb().snd_wnd, 0xFFFFU << 14U); // > 2^16: needs the 32-bit variable (REC-1)
}

TEST(Options, OP4_OptionsAreAcceptedInAnySegmentAndUnknownOnesIgnored)
{
    Connection c = listen();
    inject(c, 0us, pkt("S", 5000).opts({opt::Unknown{99, {1, 2, 3}}, opt::Mss{1000}}));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).opts({opt::Mss{1460}}));
    EXPECT_EQ(c.tcb().peer_mss, 1000U);
    inject(c, 0us, pkt(".", 5001, 1001).opts({opt::Mss{1200}, opt::Unknown{77, {}}}));
    EXPECT_EQ(c.state(), State::Established);
    inject(c, 0us, pkt("P.", 5001, 1001).payload(10).opts({opt::Nop{}, opt::Unknown{99, {9}}, opt::Eol{}}));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5011));
    EXPECT_EQ(c.tcb().peer_mss, 1000U); // an MSS outside a SYN changes nothing (MUST-65)
}

TEST(Options, OP5_MssOnlyInSyn)
{
    Connection c = syn_sent();
    inject(c, 0us, pkt("S.", 5000, 1001));
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5001)); // no options on the ACK
    ASSERT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(10));
    ASSERT_EQ(c.close(0us), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("F.", 1011, 5001));
}

TEST(Options, OP6_NoMssReceivedMeans536)
{
    Connection c = established();
    EXPECT_EQ(c.tcb().peer_mss, 536U);
    EXPECT_EQ(c.tcb().eff_mss, 536U);
    ASSERT_EQ(c.send(0us, stream_payload(1001, 1000)), ConnError::None);
    const auto out = c.take_outgoing();
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out[0].segment.payload.size(), 536U);
}

TEST(Options, OP7_EffectiveMssSubtractsTimestamps)
{
    Connection l = linux_client_established();
    EXPECT_EQ(l.tcb().eff_mss, 1448U); // 1460 - 12
    l.take_outgoing();
    ASSERT_EQ(l.send(1200ms, stream_payload(1001, 3000)), ConnError::None);
    const auto out = l.take_outgoing();
    ASSERT_GE(out.size(), 2U);
    EXPECT_EQ(out[0].segment.payload.size(), 1448U);
    EXPECT_EQ(tcp_header_size(out[0].segment), 32U);

    Connection r = syn_sent(); // peer MSS 1000, no timestamps: min(1000, 1460)
    inject(r, 0us, pkt("S.", 5000, 1001).opts({opt::Mss{1000}}));
    EXPECT_EQ(r.tcb().eff_mss, 1000U);
}

TEST(Options, OP8_ReservedAndEcnBitsAreIgnoredOnReceipt)
{
    Connection c = established();
    Seg s = pkt("P.", 5001, 1001).payload(10);
    s.flags = TcpFlags(s.flags.bits | TcpFlags::AE | TcpFlags::ECE | TcpFlags::CWR);
    inject(c, 0us, s);
    EXPECT_SEGMENTS(c, pkt(".", 1001, 5011)); // and nothing but ACK is set in the reply
    EXPECT_EQ(c.bytes_delivered(), 10U);
}

TEST(Options, OP9_WindowScaling)
{
    // Both offer it: active, shift clamped to 14; the SYN,ACK's own window is unscaled.
    Connection l = linux_client_established(15);
    EXPECT_TRUE(l.tcb().window_scaling);
    EXPECT_EQ(l.tcb().snd_wscale, 14U);
    EXPECT_EQ(l.tcb().rcv_wscale, 7U);
    EXPECT_EQ(l.tcb().snd_wnd, 65160U);
    // The peer did not offer it: no scaling, and our SYN,ACK does not offer it either.
    Connection p = make_connection(linux_real());
    p.open_passive(0us);
    inject(p, 1s,
           pkt("S", 5000).win(8192).opts({opt::Mss{1460}, opt::Nop{}, opt::Nop{}, opt::SackPermitted{}}));
    EXPECT_SEGMENTS(p, pkt("S.", 1000, 5001)
                           .win(64240)
                           .opts({opt::Mss{1460}, opt::Nop{}, opt::Nop{}, opt::SackPermitted{}}));
    EXPECT_FALSE(p.tcb().window_scaling);
    inject(p, 1100ms, pkt(".", 5001, 1001).win(8192));
    EXPECT_EQ(p.tcb().snd_wnd, 8192U);
}

TEST(Options, OP10_TimestampsEchoTsRecent)
{
    Connection l = linux_client_established();
    EXPECT_TRUE(l.tcb().timestamps);
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001).win(502).opts(ts(1100, 777)));
    inject(l, 1200ms, pkt("P.", 5001, 1001).win(509).payload(10).opts(ts(800, 1100)));
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5011).win(502).opts(ts(1200, 800))); // TSecr = the newest TSval
    ASSERT_EQ(l.send(1300ms, stream_payload(1001, 10)), ConnError::None);
    EXPECT_SEGMENTS(l, pkt("P.", 1001, 5011).win(502).payload(10).opts(ts(1300, 800)));
}

TEST(Options, OP11_SackPermittedInSynAndBlocksOnAcks)
{
    Connection l = linux_client_established();
    EXPECT_TRUE(l.tcb().sack);
    l.take_outgoing();
    inject(l, 1200ms, pkt("P.", 5101, 1001).win(509).payload(100).opts(ts(800, 1100)));
    TcpOptions expected = ts(1200, 777); // out of order: TS.Recent is not updated (RFC 7323 §4.3)
    expected.push(opt::Nop{});
    expected.push(opt::Nop{});
    expected.push(opt::Sack{{{5101, 5201}}});
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001).win(502).opts(expected));
}

TEST(Options, OP12_NagleHoldsSmallSegmentsAndCanBeDisabled)
{
    Connection c = established();
    ASSERT_EQ(c.send(0us, stream_payload(1001, 10)), ConnError::None);
    EXPECT_SEGMENTS(c, pkt("P.", 1001, 5001).payload(10));
    ASSERT_EQ(c.send(0us, stream_payload(1011, 10)), ConnError::None);
    EXPECT_NOTHING_SENT(c); // unacknowledged data: hold the small write
    inject(c, 10ms, pkt(".", 5001, 1011));
    EXPECT_SEGMENTS(c, pkt("P.", 1011, 5001).payload(10));

    static const Profile no_nagle = [] { // MUST-17
        Profile p = rfc();
        p.nagle = false;
        return p;
    }();
    Connection n = established(no_nagle);
    ASSERT_EQ(n.send(0us, stream_payload(1001, 10)), ConnError::None);
    ASSERT_EQ(n.send(0us, stream_payload(1011, 10)), ConnError::None);
    EXPECT_SEGMENTS(n, pkt("P.", 1001, 5001).payload(10), pkt("P.", 1011, 5001).payload(10));
}

TEST(Options, OP13_SillyWindowAvoidance)
{
    // Sender: with 536 in flight, the usable window is 464 (< MSS, < half of 1000): wait.
    Connection s = established();
    ASSERT_EQ(s.send(0us, stream_payload(1001, 2000)), ConnError::None);
    EXPECT_SEGMENTS(s, pkt(".", 1001, 5001).payload(536));
    inject(s, 10ms, pkt(".", 5001, 1537));
    EXPECT_SEGMENTS(s, pkt(".", 1537, 5001).payload(536));
    // Receiver: a zero window is reopened with a window update once the application reads.
    Connection r = established_zero_window();
    r.set_reading(1s, true);
    EXPECT_SEGMENTS(r, pkt(".", 1001, 6001));
}

TEST(LinuxOptions, LX1_ClientSyn)
{
    Connection c = make_connection(linux_real());
    ASSERT_EQ(c.open_active(1s, kRemote, kIss), ConnError::None);
    const auto out = c.take_outgoing();
    ASSERT_EQ(out.size(), 1U);
    EXPECT_TRUE(
        segments_match({out[0].segment}, {pkt("S", 1000).win(64240).opts(linux_syn_options(1000, 0))}));
    EXPECT_EQ(format_options(out[0].segment.options), "mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7");
    EXPECT_EQ(tcp_header_size(out[0].segment), 40U);
    EXPECT_EQ(encode(Packet{{.src = kLocal.ip, .dst = kRemote.ip}, out[0].segment}).size(), 60U);
}

TEST(LinuxOptions, LX2_ServerSynAck)
{
    Connection c = make_connection(linux_real());
    c.open_passive(0us);
    inject(c, 1s, pkt("S", 5000).win(64240).opts(linux_syn_options(4000, 0)));
    EXPECT_SEGMENTS(c, pkt("S.", 1000, 5001).win(65160).opts(linux_syn_options(1000, 4000)));

    Connection n = make_connection(linux_real()); // a peer without timestamps
    n.open_passive(0us);
    inject(n, 1s,
           pkt("S", 5000).win(64240).opts({opt::Mss{1460}, opt::Nop{}, opt::Nop{}, opt::SackPermitted{},
                                           opt::Nop{}, opt::WindowScale{7}}));
    const auto out = n.take_outgoing();
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(format_options(out[0].segment.options), "mss 1460,nop,nop,sackOK,nop,wscale 7");
    EXPECT_EQ(out[0].segment.window, 64240U); // 44 * 1460
}

TEST(LinuxOptions, LX3_WindowScaleIsSeven)
{
    EXPECT_EQ(linux_real().window_scale, 7);
    Connection l = linux_client_established();
    EXPECT_EQ(l.tcb().rcv_wscale, 7U);
}

TEST(LinuxOptions, LX4_AfterHandshakeEverySegmentCarriesTimestamps)
{
    Connection l = linux_client_established();
    EXPECT_SEGMENTS(l, pkt(".", 1001, 5001).win(502).opts(ts(1100, 777))); // 64240 >> 7, rounded up
    ASSERT_EQ(l.send(1200ms, stream_payload(1001, 100)), ConnError::None);
    const auto out = l.take_outgoing();
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(tcp_header_size(out[0].segment), 32U);
    EXPECT_EQ(format_options(out[0].segment.options), "nop,nop,TS val 1200 ecr 777");
    ASSERT_EQ(l.close(1300ms), ConnError::None);
    const auto fin = l.take_outgoing();
    ASSERT_EQ(fin.size(), 1U);
    EXPECT_EQ(format_options(fin[0].segment.options), "nop,nop,TS val 1300 ecr 777");
}
