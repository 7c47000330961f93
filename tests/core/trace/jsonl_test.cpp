#include "core/sim/simulator.hpp"
#include "core/trace/jsonl.hpp"
#include "tests/core/trace/trace_test_scenarios.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

namespace ackademy::trace {
namespace {

std::vector<nlohmann::json> parse_lines(const std::string& text)
{
    std::vector<nlohmann::json> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
    return out;
}

TEST(Jsonl, HandshakeHasThreeSendsThreeArrivalsAndTheStates)
{
    const sim::Scenario s = testing::textbook_handshake();
    const sim::Timeline t = sim::simulate(s);
    const auto lines = parse_lines(to_jsonl(t, s.drops));
    int sends = 0;
    int arrivals = 0;
    for (const auto& j : lines) {
        ASSERT_TRUE(j.contains("t_us"));
        ASSERT_TRUE(j.contains("event"));
        ASSERT_TRUE(j.contains("host"));
        if (j["event"] == "send") ++sends;
        if (j["event"] == "arrive") ++arrivals;
    }
    EXPECT_EQ(sends, 3);
    EXPECT_EQ(arrivals, 3);

    // The first send is A's SYN with the textbook ISN, and it carries no ack field.
    const auto first_send =
        std::find_if(lines.begin(), lines.end(), [](const auto& j) { return j["event"] == "send"; });
    ASSERT_NE(first_send, lines.end());
    EXPECT_EQ((*first_send)["host"], "A");
    EXPECT_EQ((*first_send)["flags"], "S");
    EXPECT_EQ((*first_send)["seq"], 3626544836U);
    EXPECT_EQ((*first_send)["len"], 0);
    EXPECT_EQ((*first_send)["packet"], 0);
    EXPECT_FALSE(first_send->contains("ack"));
    EXPECT_FALSE(first_send->contains("from"));
    EXPECT_TRUE(first_send->contains("rule"));

    // A state line for A entering SYN-SENT.
    bool syn_sent = false;
    for (const auto& j : lines) {
        if (j["event"] == "state" && j["host"] == "A" && j["to"] == "SYN-SENT") {
            syn_sent = true;
            EXPECT_EQ(j["from"], "CLOSED");
            EXPECT_FALSE(j.contains("packet"));
        }
    }
    EXPECT_TRUE(syn_sent);
}

TEST(Jsonl, TimeNeverGoesBackwards)
{
    const sim::Scenario s = testing::syn_lost_with_data();
    const auto lines = parse_lines(to_jsonl(sim::simulate(s), s.drops));
    ASSERT_FALSE(lines.empty());
    std::int64_t last = 0;
    for (const auto& j : lines) {
        EXPECT_GE(j["t_us"].get<std::int64_t>(), last);
        last = j["t_us"].get<std::int64_t>();
    }
}

TEST(Jsonl, DropNamesTheRuleAndRetransmissionPointsBack)
{
    const sim::Scenario s = testing::syn_lost_with_data();
    const auto lines = parse_lines(to_jsonl(sim::simulate(s), s.drops));
    bool dropped = false;
    bool retransmitted = false;
    std::set<std::string> kinds;
    for (const auto& j : lines) {
        kinds.insert(j["event"].get<std::string>());
        if (j["event"] == "drop") {
            dropped = true;
            EXPECT_EQ(j["reason"], "drop rule A:S");
            EXPECT_EQ(j["rule"], "A:S"); // the rule of a loss is its cause
            EXPECT_EQ(j["packet"], 0);
        }
        if (j["event"] == "send" && j.contains("retransmission_of")) {
            retransmitted = true;
            EXPECT_EQ(j["retransmission_of"], 0);
            EXPECT_EQ(j["flags"], "S");
        }
        if (j["event"] == "timer") kinds.insert("timer:" + j["reason"].get<std::string>());
    }
    EXPECT_TRUE(dropped);
    EXPECT_TRUE(retransmitted);
    for (const char* kind :
         {"send", "arrive", "drop", "state", "timer", "deliver", "user", "timer:retransmission"}) {
        EXPECT_TRUE(kinds.count(kind)) << kind;
    }
}

TEST(Jsonl, ByteIdenticalAcrossRuns)
{
    const sim::Scenario s = testing::syn_lost_with_data();
    EXPECT_EQ(to_jsonl(sim::simulate(s), s.drops), to_jsonl(sim::simulate(s), s.drops));
}

} // namespace
} // namespace ackademy::trace
