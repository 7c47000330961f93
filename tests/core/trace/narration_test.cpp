#include "core/sim/simulator.hpp"
#include "core/trace/narration.hpp"
#include "tests/core/trace/trace_test_scenarios.hpp"

#include <gtest/gtest.h>

namespace ackademy::trace {
namespace {

std::vector<std::string> sentences(const sim::Scenario& s)
{
    std::vector<std::string> out;
    for (const NarrationLine& l : narrate(sim::simulate(s), s.drops)) out.push_back(english(l));
    return out;
}

bool has_prefix(const std::vector<std::string>& lines, const std::string& prefix)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
}

TEST(Narration, TextbookSentenceForTheFirstSyn)
{
    const auto lines = sentences(testing::textbook_handshake());
    EXPECT_TRUE(has_prefix(lines,
                           "Host A sends SYN (seq = 3626544836) and enters SYN-SENT, waiting for Host B to "
                           "confirm. ["))
        << ::testing::PrintToString(lines);
    EXPECT_TRUE(has_prefix(
        lines, "Host B sends SYN+ACK (seq = 1739326486, ack = 3626544837) and enters SYN-RECEIVED"))
        << ::testing::PrintToString(lines);
    EXPECT_TRUE(has_prefix(lines, "Host B receives SYN (seq = 3626544836) from Host A."));
    EXPECT_TRUE(has_prefix(lines, "Host A tells its application: connection established."))
        << ::testing::PrintToString(lines);
}

TEST(Narration, EverySentenceNamesItsRuleExceptLinkEvents)
{
    const sim::Scenario s = testing::syn_lost_with_data();
    for (const NarrationLine& l : narrate(sim::simulate(s), s.drops)) {
        const std::string text = english(l);
        if (l.kind == NarrationKind::Arrive || l.kind == NarrationKind::Drop) continue;
        EXPECT_FALSE(l.rule.empty()) << text;
        EXPECT_NE(text.find(" [" + std::string(l.rule)), std::string::npos) << text;
    }
}

TEST(Narration, DropRetransmissionTimerDeliveryAndClose)
{
    const auto lines = sentences(testing::syn_lost_with_data());
    const auto dump = ::testing::PrintToString(lines);
    EXPECT_TRUE(
        has_prefix(lines, "The SYN (seq = 3626544836) from Host A to Host B is lost (drop rule A:S)."))
        << dump;
    EXPECT_TRUE(has_prefix(lines, "Host A's retransmission timer expires.")) << dump;
    EXPECT_TRUE(has_prefix(lines, "Host A retransmits SYN (seq = 3626544836) (retransmission #1)")) << dump;
    EXPECT_TRUE(has_prefix(lines, "Host B delivers 5 bytes to its application.")) << dump;
    EXPECT_TRUE(has_prefix(lines, "Host A sends PSH+ACK with 5 bytes of data")) << dump;
}

TEST(Narration, StructuredFormKeepsValuesApartFromText)
{
    const sim::Scenario s = testing::textbook_handshake();
    const auto lines = narrate(sim::simulate(s), s.drops);
    ASSERT_FALSE(lines.empty());
    const auto syn = std::find_if(lines.begin(), lines.end(), [](const NarrationLine& l) {
        return l.kind == NarrationKind::Send && l.host == sim::HostId::A;
    });
    ASSERT_NE(syn, lines.end());
    EXPECT_EQ(syn->seq, 3626544836U);
    EXPECT_TRUE(syn->flags.syn());
    ASSERT_TRUE(syn->to.has_value());
    EXPECT_EQ(*syn->to, tcp::State::SynSent);
    EXPECT_EQ(syn->retransmission, 0);
}

TEST(Narration, TextHasTimestamps)
{
    const sim::Scenario s = testing::textbook_handshake();
    const std::string text = english_text(narrate(sim::simulate(s), s.drops));
    EXPECT_EQ(text.rfind("0.000000 ", 0), 0U) << text;
    EXPECT_NE(text.find("\n0.050000 Host B receives SYN"), std::string::npos) << text;
}

// A listener's spawned TCB passes CLOSED -> LISTEN -> SYN-RECEIVED in one instant; only the
// listener's own LISTEN is narrated, never a second "enters LISTEN" when the SYN arrives.
TEST(Narration, SpawnedConnectionDoesNotEnterListenAgain)
{
    const auto lines = sentences(testing::textbook_handshake());
    const auto listens = std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("Host B enters LISTEN") != std::string::npos;
    });
    EXPECT_EQ(listens, 1) << ::testing::PrintToString(lines);
}

// A drop carries its cause as its rule: the drop rule as written, or random loss; the
// sentence names it once. Arrivals carry no rule.
TEST(Narration, DropsCarryTheirRuleArrivalsNone)
{
    const sim::Scenario s = testing::syn_lost_with_data();
    int drops = 0;
    for (const NarrationLine& l : narrate(sim::simulate(s), s.drops)) {
        if (l.kind == NarrationKind::Arrive) {
            EXPECT_TRUE(l.rule.empty()) << english(l);
        }
        if (l.kind != NarrationKind::Drop) continue;
        ++drops;
        EXPECT_EQ(l.rule, "A:S");
        EXPECT_EQ(english(l), "The SYN (seq = 3626544836) from Host A to Host B is lost (drop rule A:S).");
    }
    EXPECT_EQ(drops, 1);
    sim::Scenario lossy = testing::textbook_handshake();
    lossy.a_to_b.loss = 1.0;
    lossy.until = std::chrono::seconds(2);
    for (const NarrationLine& l : narrate(sim::simulate(lossy), lossy.drops)) {
        if (l.kind == NarrationKind::Drop) {
            EXPECT_EQ(l.rule, "random loss");
        }
    }
}

} // namespace
} // namespace ackademy::trace
