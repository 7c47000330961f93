// The simulator: deterministic timelines of two hosts over a virtual link.
#include "core/sim/simulator.hpp"

#include <gtest/gtest.h>

using namespace ackademy;
using namespace ackademy::sim;
using namespace std::chrono_literals;
using tcp::State;
using tcp::TcpFlags;

namespace {

Scenario textbook(std::string profile = "rfc")
{
    Scenario s;
    s.name = "handshake";
    s.profile = std::move(profile);
    s.a = {*tcp::ipv4_from_string("192.168.1.116"), 3337, 3626544836u};
    s.b = {*tcp::ipv4_from_string("192.168.1.123"), 7788, 1739326486u};
    s.a_to_b.delay = 50ms;
    s.b_to_a.delay = 50ms;
    s.actions = {{.at = 0ms, .host = HostId::B, .kind = ActionKind::Listen},
                 {.at = 0ms, .host = HostId::A, .kind = ActionKind::Connect}};
    return s;
}

} // namespace

TEST(Simulator, TextbookHandshakeGivesExactlyThreeSegments)
{
    const Timeline t = simulate(textbook());
    ASSERT_EQ(t.segments.size(), 3U);
    const auto& syn = t.segments[0];
    EXPECT_EQ(syn.from, HostId::A);
    EXPECT_EQ(syn.packet.tcp.flags, TcpFlags(TcpFlags::SYN));
    EXPECT_EQ(syn.packet.tcp.seq, 3626544836u);
    EXPECT_EQ(syn.sent, 0ms);
    EXPECT_EQ(syn.arrived, Time(50ms));
    const auto& syn_ack = t.segments[1];
    EXPECT_EQ(syn_ack.from, HostId::B);
    EXPECT_EQ(syn_ack.packet.tcp.flags, TcpFlags(TcpFlags::SYN | TcpFlags::ACK));
    EXPECT_EQ(syn_ack.packet.tcp.seq, 1739326486u);
    EXPECT_EQ(syn_ack.packet.tcp.ack, 3626544837u);
    EXPECT_EQ(syn_ack.sent, 50ms);
    const auto& ack = t.segments[2];
    EXPECT_EQ(ack.packet.tcp.flags, TcpFlags(TcpFlags::ACK));
    EXPECT_EQ(ack.packet.tcp.seq, 3626544837u);
    EXPECT_EQ(ack.packet.tcp.ack, 1739326487u);
    EXPECT_EQ(ack.sent, 100ms);
    EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
    EXPECT_EQ(t.host(HostId::B).final_state, State::Established);
    EXPECT_EQ(t.end, 150ms);
}

TEST(Simulator, DroppedSynIsRetransmittedAfterOneSecondWithTheSameIsn)
{
    Scenario s = textbook();
    std::string error;
    s.drops.push_back(*SegmentMatch::parse("A:S", &error));
    const Timeline t = simulate(s);
    ASSERT_GE(t.segments.size(), 4U);
    EXPECT_EQ(t.segments[0].cause, DropCause::Rule);
    EXPECT_EQ(t.segments[0].drop_rule, 0);
    EXPECT_FALSE(t.segments[0].arrived.has_value());
    EXPECT_EQ(t.segments[1].packet.tcp.flags, TcpFlags(TcpFlags::SYN));
    EXPECT_EQ(t.segments[1].sent, 1s);                    // RT-1: initial RTO 1 s
    EXPECT_EQ(t.segments[1].packet.tcp.seq, 3626544836u); // IS-5
    EXPECT_TRUE(t.segments[1].retransmission);
    EXPECT_EQ(t.segments[1].retransmission_of, 0);
}

TEST(Simulator, SameScenarioAndSeedGiveTheSameTimeline)
{
    Scenario s = textbook("linux");
    s.a_to_b.loss = 0.3;
    s.b_to_a.loss = 0.3;
    s.actions.push_back({.at = 500ms, .host = HostId::A, .kind = ActionKind::Send, .bytes = 20000});
    s.actions.push_back({.at = 900ms, .host = HostId::A, .kind = ActionKind::Close});
    const Timeline first = simulate(s);
    const Timeline second = simulate(s);
    ASSERT_EQ(first.segments.size(), second.segments.size());
    for (std::size_t i = 0; i < first.segments.size(); ++i) {
        EXPECT_EQ(first.segments[i].encode(), second.segments[i].encode()) << "segment " << i;
        EXPECT_EQ(first.segments[i].sent, second.segments[i].sent);
        EXPECT_EQ(first.segments[i].cause, second.segments[i].cause);
    }
    s.seed = 2;
    const Timeline other = simulate(s);
    bool differs = other.segments.size() != first.segments.size();
    for (std::size_t i = 0; !differs && i < first.segments.size(); ++i) {
        differs = first.segments[i].cause != other.segments[i].cause;
    }
    EXPECT_TRUE(differs) << "a different seed should lose different segments at loss 0.3";
}

TEST(Simulator, ADelayedSegmentIsOvertakenNotWaitedFor)
{
    // The old-duplicate-SYN lesson needs a late segment that later ones overtake.
    Scenario s = textbook();
    std::string error;
    s.delays.push_back({*SegmentMatch::parse("A:S", &error), 2000ms});
    const Timeline t = simulate(s);
    ASSERT_GE(t.segments.size(), 2U);
    EXPECT_EQ(t.segments[0].arrived, Time(2050ms)); // 50 ms link + 2000 ms extra
    EXPECT_EQ(t.segments[1].packet.tcp.flags, TcpFlags(TcpFlags::SYN));
    EXPECT_EQ(t.segments[1].sent, 1s);
    EXPECT_EQ(t.segments[1].arrived, Time(1050ms)); // overtakes the delayed first SYN
}

TEST(SegmentMatch, ParsesTheGrammar)
{
    std::string error;
    auto n = SegmentMatch::parse("3", &error);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->wire_index, 3);
    auto synack = SegmentMatch::parse("B:S.#2", &error);
    ASSERT_TRUE(synack) << error;
    EXPECT_EQ(synack->host, HostId::B);
    EXPECT_EQ(synack->flags, TcpFlags(TcpFlags::SYN | TcpFlags::ACK));
    EXPECT_EQ(synack->occurrence, 2);
    auto fin = SegmentMatch::parse("FP.", &error);
    ASSERT_TRUE(fin) << error;
    EXPECT_FALSE(fin->host.has_value());
    EXPECT_EQ(fin->flags, TcpFlags(TcpFlags::FIN | TcpFlags::PSH | TcpFlags::ACK));
}

TEST(SegmentMatch, RejectsBadRulesWithOneClearSentence)
{
    std::string error;
    EXPECT_FALSE(SegmentMatch::parse("0", &error));
    EXPECT_EQ(error, "segment rule '0': the segment number must be 1 or more");
    EXPECT_FALSE(SegmentMatch::parse("C:S", &error));
    EXPECT_EQ(error, "segment rule 'C:S': the host before ':' must be A or B");
    EXPECT_FALSE(SegmentMatch::parse("A:S#x", &error));
    EXPECT_EQ(error, "segment rule 'A:S#x': the count after '#' must be a whole number of 1 or more");
    EXPECT_FALSE(SegmentMatch::parse("A:Q", &error));
    EXPECT_EQ(
        error,
        "segment rule 'A:Q': 'Q' are not tcpdump flag letters; expected e.g. S, S., ., P., F., FP., R or R.");
}
