// TCP control bits: tcpdump's letters (TD-3) and the diagram's names.
#include "core/tcp/flags.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using namespace ackademy::tcp;

namespace {

constexpr std::uint16_t kS = TcpFlags::SYN;
constexpr std::uint16_t kA = TcpFlags::ACK;
constexpr std::uint16_t kF = TcpFlags::FIN;
constexpr std::uint16_t kP = TcpFlags::PSH;
constexpr std::uint16_t kR = TcpFlags::RST;

// Every example of TD-3, as printed by tcpdump 4.99.
const std::vector<std::pair<std::string, std::uint16_t>> kTd3Examples = {
    {"S", kS},
    {"S.", kS | kA},
    {".", kA},
    {"P.", kP | kA},
    {"F.", kF | kA},
    {"FP.", kF | kP | kA},
    {"R", kR},
    {"R.", kR | kA},
    {"SEW", kS | TcpFlags::ECE | TcpFlags::CWR},
    {"S.E", kS | kA | TcpFlags::ECE},
};

} // namespace

TEST(Flags, TD3_ExamplesPrintAsTcpdumpDoes)
{
    for (const auto& [letters, bits] : kTd3Examples) {
        EXPECT_EQ(TcpFlags{bits}.tcpdump_letters(), letters) << "bits 0x" << std::hex << bits;
    }
}

TEST(Flags, TD3_ExamplesParseBack)
{
    for (const auto& [letters, bits] : kTd3Examples) {
        const auto parsed = TcpFlags::from_tcpdump_letters(letters);
        ASSERT_TRUE(parsed.has_value()) << letters;
        EXPECT_EQ(parsed->bits, bits) << letters;
    }
}

TEST(Flags, TD3_EveryLetterCombinationRoundTrips)
{
    // All 256 combinations of the eight bits tcpdump 4.99 prints.
    for (std::uint16_t bits = 0; bits <= 0xFF; ++bits) {
        const TcpFlags flags{bits};
        const auto parsed = TcpFlags::from_tcpdump_letters(flags.tcpdump_letters());
        ASSERT_TRUE(parsed.has_value()) << flags.tcpdump_letters();
        EXPECT_EQ(*parsed, flags) << flags.tcpdump_letters();
    }
}

TEST(Flags, TD3_NoBitsIsNone)
{
    EXPECT_EQ(TcpFlags{}.tcpdump_letters(), "none");
    EXPECT_EQ(TcpFlags::from_tcpdump_letters("none"), TcpFlags{});
}

TEST(Flags, TD3_AllLettersInFixedOrder)
{
    EXPECT_EQ(TcpFlags{TcpFlags::ALL}.tcpdump_letters(), "FSRP.UEW");
}

TEST(Flags, AeHasNoLetterInTcpdump499)
{
    EXPECT_EQ(TcpFlags{TcpFlags::AE}.tcpdump_letters(), "none");
    EXPECT_EQ(TcpFlags{TcpFlags::AE | kS}.tcpdump_letters(), "S");
}

TEST(Flags, LettersParseInAnyOrder)
{
    EXPECT_EQ(TcpFlags::from_tcpdump_letters("PF."), TcpFlags(kF | kP | kA));
    EXPECT_EQ(TcpFlags::from_tcpdump_letters(".S"), TcpFlags(kS | kA));
}

TEST(Flags, InvalidLettersAreRejected)
{
    for (const char* bad : {"", "s", "X", "SS", "S. ", " S", "S,A", "e", "Se", "none.", "NONE", "[S]"}) {
        EXPECT_FALSE(TcpFlags::from_tcpdump_letters(bad).has_value()) << '"' << bad << '"';
    }
}

TEST(Flags, NamesForTheDiagram)
{
    EXPECT_EQ(TcpFlags{kS}.names(), "SYN");
    EXPECT_EQ(TcpFlags(kS | kA).names(), "SYN+ACK");
    EXPECT_EQ(TcpFlags{kA}.names(), "ACK");
    EXPECT_EQ(TcpFlags(kP | kA).names(), "PSH+ACK");
    EXPECT_EQ(TcpFlags(kF | kA).names(), "FIN+ACK");
    EXPECT_EQ(TcpFlags(kF | kP | kA).names(), "FIN+PSH+ACK");
    EXPECT_EQ(TcpFlags{kR}.names(), "RST");
    EXPECT_EQ(TcpFlags(kR | kA).names(), "RST+ACK");
    EXPECT_EQ(TcpFlags(kS | TcpFlags::ECE | TcpFlags::CWR).names(), "SYN+ECE+CWR");
    EXPECT_EQ(TcpFlags{TcpFlags::ALL}.names(), "SYN+FIN+RST+PSH+ACK+URG+ECE+CWR+AE");
    EXPECT_EQ(TcpFlags{}.names(), "none");
}

TEST(Flags, Accessors)
{
    const TcpFlags flags = kS | kA;
    EXPECT_TRUE(flags.syn());
    EXPECT_TRUE(flags.ack());
    EXPECT_FALSE(flags.fin());
    EXPECT_FALSE(flags.rst());
    EXPECT_FALSE(flags.psh());
    EXPECT_FALSE(flags.urg());
    EXPECT_TRUE(flags.has(kS | kA));
    EXPECT_FALSE(flags.has(kS | kF));
}
