// snapshot_at(): each host's connection at an instant, from a run up to that instant.
#include "core/sim/simulator.hpp"

#include <gtest/gtest.h>

using namespace ackademy;
using namespace ackademy::sim;
using namespace std::chrono_literals;
using tcp::State;

namespace {

Scenario handshake()
{
    Scenario s;
    s.name = "handshake";
    s.a = {*tcp::ipv4_from_string("192.168.1.116"), 3337, 3626544836u};
    s.b = {*tcp::ipv4_from_string("192.168.1.123"), 7788, 1739326486u};
    s.a_to_b.delay = 50ms;
    s.b_to_a.delay = 50ms;
    s.actions = {{.at = 0ms, .host = HostId::B, .kind = ActionKind::Listen},
                 {.at = 0ms, .host = HostId::A, .kind = ActionKind::Connect}};
    return s;
}

} // namespace

TEST(Snapshot, FollowsTheHandshakeStepByStep)
{
    const Scenario s = handshake();
    // At 0: A has sent its SYN; B listens.
    auto at0 = snapshot_at(s, 0ms);
    ASSERT_TRUE(at0[0] && at0[1]);
    EXPECT_EQ(at0[0]->state, State::SynSent);
    EXPECT_EQ(at0[0]->snd_una, 3626544836u);
    EXPECT_EQ(at0[0]->snd_nxt, 3626544837u);
    EXPECT_EQ(at0[0]->rto, Duration(1s));
    EXPECT_EQ(at0[1]->state, State::Listen);
    // Between two events nothing changes.
    auto at49 = snapshot_at(s, 49ms);
    EXPECT_EQ(at49[1]->state, State::Listen);
    // The SYN arrives at 50 ms (events at the instant itself are included).
    auto at50 = snapshot_at(s, 50ms);
    EXPECT_EQ(at50[1]->state, State::SynReceived);
    EXPECT_EQ(at50[1]->rcv_nxt, 3626544837u);
    EXPECT_EQ(at50[1]->irs, 3626544836u);
    EXPECT_EQ(at50[1]->iss, 1739326486u);
    auto at150 = snapshot_at(s, 150ms);
    EXPECT_EQ(at150[0]->state, State::Established);
    EXPECT_EQ(at150[1]->state, State::Established);
    EXPECT_EQ(at150[0]->snd_una, 3626544837u);
    EXPECT_EQ(at150[0]->rcv_nxt, 1739326487u);
    EXPECT_EQ(at150[1]->snd_una, 1739326487u);
    EXPECT_EQ(at150[0]->flight, 0u);
    // The end of the run agrees with the Timeline's summary.
    const Timeline t = simulate(s);
    auto end = snapshot_at(s, t.end + 1h);
    EXPECT_EQ(end[0]->state, t.host(HostId::A).final_state);
    EXPECT_EQ(end[1]->state, t.host(HostId::B).final_state);
}

TEST(Snapshot, NoConnectionBeforeTheFirstAction)
{
    Scenario s = handshake();
    s.actions[0].at = 10ms;
    s.actions[1].at = 10ms;
    auto before = snapshot_at(s, 5ms);
    EXPECT_FALSE(before[0].has_value());
    EXPECT_FALSE(before[1].has_value());
}

TEST(Snapshot, CountsRetransmissionsAndBackoff)
{
    Scenario s = handshake();
    std::string error;
    s.drops.push_back(*SegmentMatch::parse("A:S", &error));
    auto after = snapshot_at(s, 1000ms); // the RFC profile retransmits the SYN after 1 s
    ASSERT_TRUE(after[0]);
    EXPECT_EQ(after[0]->retransmissions, 1);
    EXPECT_EQ(after[0]->backoff, 1);
    EXPECT_EQ(after[0]->rto, Duration(2s));
}
