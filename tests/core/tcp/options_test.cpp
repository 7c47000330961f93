// TCP options: wire encoding, parsing with precise errors, the 40-byte limit (OP-4, OP-11).
// Kind 253 (RFC 4727 experimental) stands for any kind we do not decode.
#include "core/tcp/options.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace ackademy::tcp;

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes bytes_of(const TcpOptions& options)
{
    return {options.bytes().begin(), options.bytes().end()};
}

/// Parses `bytes`, expecting failure, and returns the error message.
std::string parse_error(const Bytes& bytes)
{
    std::string error;
    EXPECT_FALSE(TcpOptions::parse(bytes, &error).has_value());
    return error;
}

/// Pushes one option and checks its exact wire bytes and that it parses and lists back.
void expect_round_trip(const TcpOption& option, const Bytes& wire)
{
    TcpOptions options;
    ASSERT_TRUE(options.push(option));
    EXPECT_EQ(bytes_of(options), wire);
    const auto listed = options.list();
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0], option);
    std::string error;
    const auto parsed = TcpOptions::parse(wire, &error);
    ASSERT_TRUE(parsed.has_value()) << error;
    EXPECT_EQ(*parsed, options);
    EXPECT_EQ(parsed->list(), listed);
}

} // namespace

TEST(Options, EveryKindRoundTrips)
{
    expect_round_trip(opt::Eol{}, {0x00});
    expect_round_trip(opt::Nop{}, {0x01});
    expect_round_trip(opt::Mss{1460}, {0x02, 0x04, 0x05, 0xb4});
    expect_round_trip(opt::WindowScale{7}, {0x03, 0x03, 0x07});
    expect_round_trip(opt::SackPermitted{}, {0x04, 0x02});
    expect_round_trip(opt::Sack{{{0x01020304, 0x05060708}}},
                      {0x05, 0x0a, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08});
    expect_round_trip(opt::Timestamps{0xdeadbeef, 0x00c0ffee},
                      {0x08, 0x0a, 0xde, 0xad, 0xbe, 0xef, 0x00, 0xc0, 0xff, 0xee});
    expect_round_trip(opt::Unknown{253, {0xab, 0xcd}}, {0xfd, 0x04, 0xab, 0xcd});
    expect_round_trip(opt::Unknown{254, {}}, {0xfe, 0x02});
}

TEST(Options, SackWithFourBlocks)
{
    // OP-11: up to 4 blocks, length 2 + 8n = 34.
    const opt::Sack sack{{{1, 2}, {3, 4}, {5, 6}, {0xFFFFFFF0u, 0x10}}};
    TcpOptions options;
    ASSERT_TRUE(options.push(sack));
    EXPECT_EQ(options.size_bytes(), 34U);
    EXPECT_EQ(options.bytes()[1], 34);
    EXPECT_EQ(options.sack_blocks(), sack.blocks);
}

TEST(Options, LinuxSynLayoutIsByteExact)
{
    // What Linux puts in a SYN: mss 1460,sackOK,TS val X ecr 0,nop,wscale 7 (TD-22).
    const TcpOptions options{opt::Mss{1460}, opt::SackPermitted{}, opt::Timestamps{0x11223344, 0}, opt::Nop{},
                             opt::WindowScale{7}};
    const Bytes expected{0x02, 0x04, 0x05, 0xb4, 0x04, 0x02, 0x08, 0x0a, 0x11, 0x22,
                         0x33, 0x44, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x03, 0x07};
    EXPECT_EQ(bytes_of(options), expected);
    EXPECT_EQ(options.size_bytes(), 20U);
    EXPECT_EQ(options.mss(), 1460);
    EXPECT_TRUE(options.sack_permitted());
    EXPECT_EQ(options.timestamps(), (opt::Timestamps{0x11223344, 0}));
    EXPECT_EQ(options.window_scale(), 7);
    EXPECT_TRUE(options.sack_blocks().empty());
}

TEST(Options, ParsedLinuxSynListsItsOptions)
{
    const Bytes wire{0x02, 0x04, 0x05, 0xb4, 0x04, 0x02, 0x08, 0x0a, 0x79, 0xe2,
                     0xca, 0x9a, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x03, 0x07};
    const auto parsed = TcpOptions::parse(wire);
    ASSERT_TRUE(parsed.has_value());
    const std::vector<TcpOption> expected{opt::Mss{1460}, opt::SackPermitted{},
                                          opt::Timestamps{0x79e2ca9a, 0}, opt::Nop{}, opt::WindowScale{7}};
    EXPECT_EQ(parsed->list(), expected);
}

TEST(Options, EmptyOptionsHaveNothing)
{
    const TcpOptions options;
    EXPECT_TRUE(options.empty());
    EXPECT_EQ(options.size_bytes(), 0U);
    EXPECT_TRUE(options.list().empty());
    EXPECT_FALSE(options.mss().has_value());
    EXPECT_FALSE(options.window_scale().has_value());
    EXPECT_FALSE(options.sack_permitted());
    EXPECT_FALSE(options.timestamps().has_value());
    EXPECT_TRUE(options.sack_blocks().empty());
    EXPECT_TRUE(TcpOptions::parse({}).has_value());
}

TEST(Options, OP4_ParsingStopsAtEolAndKeepsPadding)
{
    // Bytes after EOL are not options (MUST-69); they are kept so the header is reproduced.
    const Bytes wire{0x02, 0x04, 0x05, 0xb4, 0x00, 0x02, 0xff, 0x33};
    const auto parsed = TcpOptions::parse(wire);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(bytes_of(*parsed), wire);
    const std::vector<TcpOption> expected{opt::Mss{1460}, opt::Eol{}};
    EXPECT_EQ(parsed->list(), expected);
}

TEST(Options, OP4_UnknownKindWithLengthIsKept)
{
    // MUST-6: unknown options that have a length are skipped over, not rejected.
    const Bytes wire{0xfd, 0x03, 0x99, 0x02, 0x04, 0x02, 0x18};
    const auto parsed = TcpOptions::parse(wire);
    ASSERT_TRUE(parsed.has_value());
    const std::vector<TcpOption> expected{opt::Unknown{253, {0x99}}, opt::Mss{536}};
    EXPECT_EQ(parsed->list(), expected);
    EXPECT_EQ(parsed->mss(), 536);
}

TEST(Options, FirstOccurrenceOfAKindWins)
{
    const TcpOptions options{opt::Mss{1000}, opt::Mss{2000}};
    EXPECT_EQ(options.mss(), 1000);
}

TEST(Options, OP4_MissingLengthByte)
{
    EXPECT_EQ(parse_error({0x02}),
              "option kind 2 (MSS) at offset 0 has no length byte, expected one after the kind");
    EXPECT_EQ(parse_error({0x01, 0x01, 0xfd}),
              "option kind 253 at offset 2 has no length byte, expected one after the kind");
}

TEST(Options, OP4_LengthBelowTwo)
{
    EXPECT_EQ(parse_error({0x02, 0x01, 0x05, 0xb4}),
              "option kind 2 (MSS) at offset 0 has length 1, expected at least 2");
    EXPECT_EQ(parse_error({0x01, 0xfd, 0x00}),
              "option kind 253 at offset 1 has length 0, expected at least 2");
}

TEST(Options, OP4_LengthPastTheEnd)
{
    EXPECT_EQ(parse_error({0x02, 0x04, 0x05}),
              "option kind 2 (MSS) at offset 0 has length 4, but only 3 bytes of options remain");
    EXPECT_EQ(parse_error({0x01, 0x08, 0x0a, 0, 0, 0, 0, 0, 0, 0}),
              "option kind 8 (timestamps) at offset 1 has length 10, but only 9 bytes of options remain");
}

TEST(Options, OP4_KnownKindsWithWrongLength)
{
    EXPECT_EQ(parse_error({0x02, 0x03, 0x05}), "option kind 2 (MSS) has length 3, expected 4");
    EXPECT_EQ(parse_error({0x03, 0x04, 0x07, 0x00}), "option kind 3 (window scale) has length 4, expected 3");
    EXPECT_EQ(parse_error({0x04, 0x03, 0x00}), "option kind 4 (SACK permitted) has length 3, expected 2");
    EXPECT_EQ(parse_error({0x08, 0x08, 0, 0, 0, 0, 0, 0}),
              "option kind 8 (timestamps) has length 8, expected 10");
}

TEST(Options, OP11_SackLengthMustBeTwoPlusEightPerBlock)
{
    const std::string expected_tail = ", expected 2 + 8 per block (10, 18, 26 or 34)";
    EXPECT_EQ(parse_error({0x05, 0x02}), "option kind 5 (SACK) has length 2" + expected_tail);
    EXPECT_EQ(parse_error(Bytes{0x05, 0x0b, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
              "option kind 5 (SACK) has length 11" + expected_tail);
    EXPECT_EQ(parse_error(Bytes{0x05, 0x11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
              "option kind 5 (SACK) has length 17" + expected_tail);
}

TEST(Options, ParseRejectsMoreThanFortyBytes)
{
    EXPECT_EQ(parse_error(Bytes(41, opt::kNop)), "TCP options are 41 bytes long, expected at most 40");
    EXPECT_TRUE(TcpOptions::parse(Bytes(40, opt::kNop)).has_value());
}

TEST(Options, ParseWithoutErrorPointer)
{
    EXPECT_FALSE(TcpOptions::parse(Bytes{0x02, 0x03, 0x05}).has_value());
}

TEST(Options, FortyByteLimitOnPush)
{
    TcpOptions options;
    for (int i = 0; i < 40; ++i) ASSERT_TRUE(options.push(opt::Nop{})) << i;
    EXPECT_EQ(options.size_bytes(), 40U);
    EXPECT_FALSE(options.push(opt::Nop{}));
    EXPECT_EQ(options.size_bytes(), 40U);

    TcpOptions almost_full;
    for (int i = 0; i < 31; ++i) ASSERT_TRUE(almost_full.push(opt::Nop{}));
    const auto before = bytes_of(almost_full);
    EXPECT_FALSE(almost_full.push(opt::Timestamps{1, 2})); // needs 10, 9 left
    EXPECT_EQ(bytes_of(almost_full), before);
    EXPECT_TRUE(almost_full.push(opt::Unknown{253, Bytes(7, 0xaa)})); // exactly 9
    EXPECT_EQ(almost_full.size_bytes(), 40U);
}

TEST(Options, InitializerListThrowsPastFortyBytes)
{
    // 4 x TS = 40 bytes fits; one more NOP does not.
    const opt::Timestamps ts{1, 2};
    EXPECT_NO_THROW((TcpOptions{ts, ts, ts, ts}));
    EXPECT_THROW((TcpOptions{ts, ts, ts, ts, opt::Nop{}}), std::length_error);
}

TEST(Options, UnencodableOptionsAreRefused)
{
    TcpOptions options;
    EXPECT_FALSE(options.push(opt::Sack{}));                                          // no block
    EXPECT_FALSE(options.push(opt::Sack{{{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}}})); // 5 blocks
    EXPECT_FALSE(options.push(opt::Unknown{opt::kMss, {0x05, 0xb4}}));                // a known kind
    EXPECT_FALSE(options.push(opt::Unknown{opt::kNop, {}}));
    EXPECT_FALSE(options.push(opt::Unknown{253, Bytes(39, 0)})); // 41 bytes
    EXPECT_TRUE(options.empty());
    EXPECT_THROW((TcpOptions{opt::Sack{}}), std::invalid_argument);
}

TEST(Options, EqualityComparesWireBytes)
{
    EXPECT_EQ((TcpOptions{opt::Mss{1460}}), (TcpOptions{opt::Mss{1460}}));
    EXPECT_NE((TcpOptions{opt::Mss{1460}}), (TcpOptions{opt::Mss{1448}}));
    EXPECT_NE((TcpOptions{opt::Mss{1460}}), (TcpOptions{opt::Mss{1460}, opt::Eol{}}));
}
