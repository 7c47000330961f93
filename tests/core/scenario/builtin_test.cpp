// The built-in lessons: each loads, round-trips, simulates under both profiles, and shows
// the behaviour its description promises (tcp-behaviour.md §3.6).
#include "core/scenario/builtin.hpp"
#include "core/scenario/json.hpp"
#include "core/sim/simulator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "scenario_compare.hpp"

using namespace ackademy;
using namespace ackademy::scenario;
using namespace std::chrono_literals;
using sim::HostId;
using sim::Timeline;
using tcp::State;
using tcp::TcpFlags;

namespace {

constexpr tcp::SeqNum kIsnA = 3626544836U;
constexpr tcp::SeqNum kIsnB = 1739326486U;

Timeline run(std::string_view name, const char* profile)
{
    auto s = builtin_scenario(name);
    EXPECT_TRUE(s.has_value()) << name;
    if (!s) return {};
    s->profile = profile;
    return sim::simulate(*s);
}

TcpFlags flags(std::string_view letters)
{
    return *TcpFlags::from_tcpdump_letters(letters);
}

std::vector<const sim::SegmentRecord*> segments(const Timeline& t, HostId from, std::string_view letters)
{
    std::vector<const sim::SegmentRecord*> out;
    for (const auto& s : t.segments)
        if (s.from == from && s.packet.tcp.flags == flags(letters)) out.push_back(&s);
    return out;
}

bool went_through(const Timeline& t, HostId host, State state)
{
    return std::any_of(t.states.begin(), t.states.end(),
                       [&](const sim::StateInterval& s) { return s.host == host && s.state == state; });
}

const char* const kProfiles[] = {"rfc", "linux"};

} // namespace

TEST(Builtins, ListIsCompleteAndNamesAreUnique)
{
    const auto list = builtin_scenarios();
    std::set<std::string> names;
    for (const auto& info : list) {
        EXPECT_TRUE(names.insert(info.name).second) << info.name;
        EXPECT_FALSE(info.title.empty()) << info.name;
        EXPECT_GT(info.description.size(), 80U) << info.name;
    }
    for (const char* want : {"handshake", "handshake-data-close", "syn-lost", "synack-lost", "ack-lost",
                             "syn-timeout", "port-closed", "simultaneous-open", "simultaneous-close",
                             "old-duplicate-syn", "half-open", "half-open-data", "fin-lost-time-wait",
                             "abort-rst", "data-loss-rto", "fast-retransmit", "zero-window", "lossy-link"})
        EXPECT_EQ(names.count(want), 1U) << want;
    EXPECT_EQ(list.front().name, "handshake");
    EXPECT_FALSE(builtin_scenario("no-such-lesson").has_value());
    EXPECT_FALSE(builtin_scenario_json("no-such-lesson").has_value());
}

TEST(Builtins, EachLoadsRoundTripsAndSimulatesUnderBothProfiles)
{
    for (const auto& info : builtin_scenarios()) {
        SCOPED_TRACE(info.name);
        const auto s = builtin_scenario(info.name);
        ASSERT_TRUE(s.has_value());
        EXPECT_EQ(s->name, info.name);
        EXPECT_EQ(s->a.port, 3337);
        EXPECT_EQ(s->b.port, 7788);
        // The stored text is what `show` prints; it loads to the same scenario.
        const LoadResult from_text = load_scenario_text(*builtin_scenario_json(info.name), info.name);
        ASSERT_TRUE(from_text.scenario.has_value()) << from_text.error;
        test::expect_same(*from_text.scenario, *s);
        // to_json(load(x)) loads back equal.
        const LoadResult back = load_scenario_text(to_json(*s), info.name);
        ASSERT_TRUE(back.scenario.has_value()) << back.error;
        test::expect_same(*back.scenario, *s);
        for (const char* profile : kProfiles) {
            SCOPED_TRACE(profile);
            const Timeline t = run(info.name, profile);
            EXPECT_GE(t.segments.size(), 2U);
            EXPECT_EQ(t.segments.front().from, HostId::A);
            EXPECT_EQ(t.segments.front().packet.tcp.flags, flags("S"));
        }
    }
}

TEST(Builtins, HandshakeIsTheTextbookExample)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("handshake", profile);
        ASSERT_EQ(t.segments.size(), 3U);
        EXPECT_EQ(t.segments[0].packet.tcp.flags, flags("S"));
        EXPECT_EQ(t.segments[0].packet.tcp.seq, kIsnA);
        EXPECT_EQ(t.segments[1].packet.tcp.flags, flags("S."));
        EXPECT_EQ(t.segments[1].packet.tcp.seq, kIsnB);
        EXPECT_EQ(t.segments[1].packet.tcp.ack, kIsnA + 1);
        EXPECT_EQ(t.segments[2].packet.tcp.flags, flags("."));
        EXPECT_EQ(t.segments[2].packet.tcp.seq, kIsnA + 1);
        EXPECT_EQ(t.segments[2].packet.tcp.ack, kIsnB + 1);
        EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Established);
    }
}

TEST(Builtins, PortClosedIsRefusedWithRstAck)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("port-closed", profile);
        ASSERT_EQ(t.segments.size(), 2U);
        const auto& rst = t.segments.back();
        EXPECT_EQ(rst.from, HostId::B);
        EXPECT_EQ(rst.packet.tcp.flags, flags("R."));
        EXPECT_EQ(rst.packet.tcp.seq, 0U);
        EXPECT_EQ(rst.packet.tcp.ack, kIsnA + 1);
        EXPECT_EQ(t.host(HostId::A).final_state, State::Closed);
        EXPECT_NE(t.host(HostId::A).last_error, tcp::ConnError::None);
    }
}

TEST(Builtins, SynLostIsRetransmittedWithTheSameIsnOneSecondLater)
{
    const Timeline t = run("syn-lost", "rfc");
    const auto syns = segments(t, HostId::A, "S");
    ASSERT_EQ(syns.size(), 2U);
    EXPECT_TRUE(syns[0]->lost());
    EXPECT_TRUE(syns[1]->retransmission);
    EXPECT_EQ(syns[1]->packet.tcp.seq, kIsnA);
    EXPECT_EQ(syns[1]->sent - syns[0]->sent, 1s);
    EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
}

TEST(Builtins, SynAckLostIsRetransmittedByB)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("synack-lost", profile);
        const auto synacks = segments(t, HostId::B, "S.");
        ASSERT_GE(synacks.size(), 2U);
        EXPECT_TRUE(synacks[0]->lost());
        EXPECT_EQ(synacks[1]->packet.tcp.seq, kIsnB);
        EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Established);
    }
}

TEST(Builtins, AckLostLeavesBInSynReceivedUntilItRetransmits)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("ack-lost", profile);
        const auto synacks = segments(t, HostId::B, "S.");
        ASSERT_EQ(synacks.size(), 2U);
        EXPECT_TRUE(synacks[1]->retransmission);
        const auto acks = segments(t, HostId::A, ".");
        ASSERT_EQ(acks.size(), 2U);
        EXPECT_TRUE(acks[0]->lost());
        EXPECT_GT(acks[1]->sent, synacks[1]->sent);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Established);
    }
}

TEST(Builtins, SynTimeoutGivesUp)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("syn-timeout", profile);
        const auto syns = segments(t, HostId::A, "S");
        EXPECT_GE(syns.size(), 7U);
        for (const auto* s : syns) {
            EXPECT_TRUE(s->lost());
            EXPECT_EQ(s->packet.tcp.seq, kIsnA);
        }
        EXPECT_EQ(t.host(HostId::A).final_state, State::Closed);
        EXPECT_EQ(t.host(HostId::A).last_error, tcp::ConnError::TimedOut);
    }
}

TEST(Builtins, SimultaneousOpenCrossesTwoSyns)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("simultaneous-open", profile);
        EXPECT_EQ(segments(t, HostId::A, "S").size(), 1U);
        EXPECT_EQ(segments(t, HostId::B, "S").size(), 1U);
        EXPECT_TRUE(went_through(t, HostId::A, State::SynReceived));
        EXPECT_TRUE(went_through(t, HostId::B, State::SynReceived));
        EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Established);
    }
}

TEST(Builtins, SimultaneousClosePassesThroughClosing)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("simultaneous-close", profile);
        for (HostId h : {HostId::A, HostId::B}) {
            EXPECT_TRUE(went_through(t, h, State::Closing));
            EXPECT_TRUE(went_through(t, h, State::TimeWait));
            EXPECT_EQ(t.host(h).final_state, State::Closed);
        }
    }
}

TEST(Builtins, OldDuplicateSynIsResetThenTheRealOneCompletes)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("old-duplicate-syn", profile);
        const auto synacks = segments(t, HostId::B, "S.");
        ASSERT_GE(synacks.size(), 2U);
        EXPECT_EQ(synacks[0]->packet.tcp.ack, kIsnA - 99); // answers the old SYN (ISN - 100)
        const auto rsts = segments(t, HostId::A, "R");
        ASSERT_EQ(rsts.size(), 1U);
        EXPECT_EQ(rsts[0]->packet.tcp.seq, kIsnA - 99); // <SEQ=SEG.ACK><CTL=RST>
        EXPECT_EQ(synacks.back()->packet.tcp.ack, kIsnA + 1);
        EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Established);
    }
}

TEST(Builtins, HalfOpenEndsWithBResetAndANewConnection)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("half-open", profile);
        const auto rsts = segments(t, HostId::A, "R");
        ASSERT_EQ(rsts.size(), 1U);
        EXPECT_EQ(rsts[0]->packet.tcp.seq, kIsnA + 1 + 5); // what B expects next
        EXPECT_TRUE(std::any_of(t.states.begin(), t.states.end(), [](const sim::StateInterval& s) {
            return s.host == HostId::B && s.connection == 1 && s.state == State::Closed;
        }));
        EXPECT_EQ(t.host(HostId::A).final_state, State::Established);
    }
}

TEST(Builtins, HalfOpenDataIsAnsweredByReset)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("half-open-data", profile);
        const auto rsts = segments(t, HostId::A, "R");
        ASSERT_EQ(rsts.size(), 1U);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Closed);
        EXPECT_EQ(t.host(HostId::B).last_error, tcp::ConnError::Reset);
    }
}

// AK-15 / SC-13: the TIME-WAIT side re-ACKs the retransmitted FIN, under both profiles (under
// linux the old FIN passes the SA-14 acceptance test and step 8 re-ACKs it).
TEST(Builtins, FinLostTimeWaitReAcksTheRetransmittedFin)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("fin-lost-time-wait", profile);
        const auto fins = segments(t, HostId::B, "F.");
        ASSERT_EQ(fins.size(), 2U);
        EXPECT_TRUE(fins[1]->retransmission);
        const auto acks = segments(t, HostId::A, ".");
        ASSERT_GE(acks.size(), 3U);
        EXPECT_TRUE(acks[acks.size() - 2]->lost());
        EXPECT_GT(acks.back()->sent, fins[1]->sent);
        EXPECT_EQ(acks.back()->sent, *fins[1]->arrived); // re-ACKed at once
        EXPECT_EQ(acks.back()->packet.tcp.ack, fins[1]->packet.tcp.seq + 1);
        EXPECT_EQ(t.host(HostId::B).last_error, tcp::ConnError::None);
        EXPECT_EQ(t.host(HostId::B).final_state, State::Closed);
        EXPECT_TRUE(went_through(t, HostId::A, State::TimeWait));
        EXPECT_TRUE(segments(t, HostId::A, "R").empty());
    }
}

TEST(Builtins, AbortResetsThePeer)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("abort-rst", profile);
        EXPECT_TRUE(t.segments.back().packet.tcp.flags.rst());
        EXPECT_EQ(t.host(HostId::B).last_error, tcp::ConnError::Reset);
        EXPECT_FALSE(went_through(t, HostId::A, State::TimeWait));
    }
}

TEST(Builtins, DataLossIsRepairedByTheRetransmissionTimer)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("data-loss-rto", profile);
        int dup_acks = 0;
        const sim::SegmentRecord* retx = nullptr;
        for (const auto& s : t.segments) {
            if (s.from == HostId::B && s.packet.tcp.flags == flags(".") && s.packet.tcp.ack == kIsnA + 1)
                ++dup_acks;
            if (s.from == HostId::A && s.retransmission) retx = &s;
        }
        EXPECT_EQ(dup_acks, 2);
        ASSERT_NE(retx, nullptr);
        EXPECT_EQ(retx->rule, "TO-2");
        EXPECT_EQ(retx->packet.tcp.seq, kIsnA + 1);
        EXPECT_EQ(t.host(HostId::B).bytes_delivered, 4380U);
        // Three full segments and the one retransmission (linux: and Nagle's 36-byte tail).
        EXPECT_EQ(std::count_if(t.segments.begin(), t.segments.end(),
                                [](const sim::SegmentRecord& s) {
                                    return s.from == HostId::A && !s.packet.tcp.payload.empty();
                                }),
                  std::string_view(profile) == "rfc" ? 4 : 5);
    }
}

TEST(Builtins, FastRetransmitFollowsThreeDuplicateAcks)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("fast-retransmit", profile);
        const auto it = std::find_if(t.segments.begin(), t.segments.end(),
                                     [](const sim::SegmentRecord& s) { return s.retransmission; });
        ASSERT_NE(it, t.segments.end());
        EXPECT_EQ(it->rule, "CC-6");
        EXPECT_EQ(t.host(HostId::B).bytes_delivered, 30000U);
    }
}

// TO-7: B's window closes, A probes it with backoff (rfc: one new octet, RFC 9293 §3.8.6.1;
// linux: SEQ = SND.UNA - 1 and no data, tcp_xmit_probe_skb), and B's window update after
// resume-reading restarts the transfer at once.
TEST(Builtins, ZeroWindowIsProbedAndReopened)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("zero-window", profile);
        const sim::SegmentRecord* closed = nullptr;
        const sim::SegmentRecord* reopened = nullptr;
        for (const auto& s : t.segments) {
            if (s.from != HostId::B) continue;
            if (s.packet.tcp.window == 0 && closed == nullptr) closed = &s;
            if (closed != nullptr && s.packet.tcp.window > 0 && reopened == nullptr) reopened = &s;
        }
        ASSERT_NE(closed, nullptr);
        ASSERT_NE(reopened, nullptr);
        EXPECT_EQ(reopened->sent, Time(8s)); // resume-reading sends the window update
        std::vector<Time> probes;
        for (const auto& s : t.segments) {
            if (s.from != HostId::A || s.sent <= closed->sent || s.sent >= reopened->sent) continue;
            const bool probe =
                std::string_view(profile) == "rfc"
                    ? s.packet.tcp.payload.size() == 1
                    : s.packet.tcp.payload.empty() && s.packet.tcp.seq + 1 == closed->packet.tcp.ack;
            EXPECT_TRUE(probe) << "A sent something other than a window probe at " << s.sent.count();
            if (probe) probes.push_back(s.sent);
        }
        ASSERT_GE(probes.size(), 2U);
        for (std::size_t i = 2; i < probes.size(); ++i)
            EXPECT_GT(probes[i] - probes[i - 1], probes[i - 1] - probes[i - 2]); // backoff
        // A resumes within one round trip of the window update, and everything arrives.
        const auto resumed =
            std::find_if(t.segments.begin(), t.segments.end(), [&](const sim::SegmentRecord& s) {
                return s.from == HostId::A && s.sent > reopened->sent && s.packet.tcp.payload.size() > 1;
            });
        ASSERT_NE(resumed, t.segments.end());
        EXPECT_LE(resumed->sent, *reopened->arrived);
        EXPECT_EQ(t.host(HostId::B).bytes_delivered, 85535U);
        EXPECT_EQ(t.host(HostId::A).last_error, tcp::ConnError::None);
    }
}

// OP-13: one large send into a receiver that stops reading; neither profile stalls on the small
// window left at the end of the buffer.
TEST(Builtins, ZeroWindowWithOneLargeSendCompletes)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        auto s = builtin_scenario("zero-window");
        ASSERT_TRUE(s.has_value());
        s->profile = profile;
        s->actions.erase(std::remove_if(s->actions.begin(), s->actions.end(),
                                        [](const sim::Action& a) { return a.kind == sim::ActionKind::Send; }),
                         s->actions.end());
        s->actions.push_back(
            {.at = Time(200ms), .host = HostId::A, .kind = sim::ActionKind::Send, .bytes = 100000});
        const Timeline t = sim::simulate(*s);
        EXPECT_EQ(t.host(HostId::B).bytes_delivered, 100000U);
        EXPECT_LT(t.end, Time(10s));
    }
}

TEST(Builtins, LossyLinkStillDeliversEveryByte)
{
    for (const char* profile : kProfiles) {
        SCOPED_TRACE(profile);
        const Timeline t = run("lossy-link", profile);
        EXPECT_GT(
            std::count_if(t.segments.begin(), t.segments.end(),
                          [](const sim::SegmentRecord& s) { return s.cause == sim::DropCause::RandomLoss; }),
            3);
        EXPECT_EQ(t.host(HostId::B).bytes_delivered, 50000U);
    }
}

TEST(Builtins, NearestNamesSuggestTypos)
{
    EXPECT_EQ(nearest_builtin_names("hanshake").front(), "handshake");
    EXPECT_EQ(nearest_builtin_names("syn-lots").front(), "syn-lost");
    EXPECT_EQ(nearest_builtin_names("zero-windwo").front(), "zero-window");
    const auto close = nearest_builtin_names("close");
    EXPECT_FALSE(close.empty());
    EXPECT_LE(close.size(), 3U);
    EXPECT_TRUE(nearest_builtin_names("quantum-teleportation").empty());
}
