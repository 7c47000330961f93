// tcpdump text (tcp-behaviour.md §5): the TD-22 golden transcript byte for byte, the TD-16
// relative-number rules, and parity with the real tcpdump for crafted exchanges written with
// our pcap writer.
#include "core/trace/pcap.hpp"
#include "core/trace/tcpdump.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "capture_helpers.hpp"
#include "trace_scenarios.hpp"

using namespace ackademy;
using namespace ackademy::trace;
using namespace ackademy::trace::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string start_of(const std::string& text, std::string_view expected)
{
    return text.substr(0, expected.size());
}

/// The part of a line after "IP a.p > b.q: ".
std::string tcp_part(const std::string& line)
{
    return line.substr(line.find(": ") + 2);
}

/// The part of each line after "IP a.p > b.q: ", to keep expectations short.
std::vector<std::string> tcp_parts(const std::vector<CapturedPacket>& packets, TcpdumpOptions options = {})
{
    std::vector<std::string> parts;
    for (const auto& line : lines_of(format_tcpdump(packets, options))) {
        parts.push_back(tcp_part(line));
    }
    return parts;
}

} // namespace

// ---- TD-22 golden transcript ------------------------------------------------------------

TEST(TcpdumpFormat, Td22GoldenTranscriptByteForByte)
{
    // tcp-behaviour.md §5.3, verified there against tcpdump 4.99.3.
    const std::string expected =
        "0.000000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [S], seq 3626544836, win 64240, options "
        "[mss "
        "1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0\n"
        "0.010000 IP 192.168.1.123.7788 > 192.168.1.116.3337: Flags [S.], seq 1000000000, ack 3626544837, "
        "win "
        "65160, options [mss 1460,sackOK,TS val 5000 ecr 1000,nop,wscale 7], length 0\n"
        "0.010000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [.], ack 1, win 502, options [nop,nop,TS "
        "val "
        "1010 ecr 5000], length 0\n"
        "0.010000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [P.], seq 1:101, ack 1, win 502, options "
        "[nop,nop,TS val 1010 ecr 5000], length 100\n"
        "0.020000 IP 192.168.1.123.7788 > 192.168.1.116.3337: Flags [.], ack 101, win 509, options "
        "[nop,nop,TS val "
        "5010 ecr 1010], length 0\n"
        "0.020000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [F.], seq 101, ack 1, win 502, options "
        "[nop,nop,TS val 1020 ecr 5010], length 0\n"
        "0.030000 IP 192.168.1.123.7788 > 192.168.1.116.3337: Flags [F.], seq 1, ack 102, win 509, options "
        "[nop,nop,TS val 5020 ecr 1020], length 0\n"
        "0.030000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [.], ack 2, win 502, options [nop,nop,TS "
        "val "
        "1030 ecr 5020], length 0\n";
    EXPECT_EQ(format_tcpdump(td22_exchange()), expected);
}

TEST(TcpdumpFormat, LiveFormatterGivesTheSameLinesOneAtATime)
{
    const auto packets = td22_exchange();
    const auto whole = lines_of(format_tcpdump(packets));
    TcpdumpFormatter live;
    ASSERT_EQ(whole.size(), packets.size());
    for (std::size_t i = 0; i < packets.size(); ++i) EXPECT_EQ(live.format(packets[i]), whole[i]);
    // reset() forgets the conversation: the third packet is then the first ACK-bearing one.
    live.reset();
    EXPECT_EQ(tcp_part(live.format(packets[2])),
              "Flags [.], ack 1000000001, win 502, options [nop,nop,TS val 1010 ecr 5000], length 0");
}

TEST(TcpdumpFormat, AbsoluteModePrintsRawNumbersTd15)
{
    const auto parts = tcp_parts(td22_exchange(), {.absolute = true});
    ASSERT_EQ(parts.size(), 8U);
    EXPECT_EQ(parts[2],
              "Flags [.], ack 1000000001, win 502, options [nop,nop,TS val 1010 ecr 5000], length 0");
    EXPECT_EQ(parts[3],
              "Flags [P.], seq 3626544837:3626544937, ack 1000000001, win 502, options [nop,nop,TS val "
              "1010 ecr 5000], length 100");
    EXPECT_EQ(parts[7],
              "Flags [.], ack 1000000002, win 502, options [nop,nop,TS val 1030 ecr 5020], length 0");
}

// ---- TD-16 .. TD-21 -----------------------------------------------------------------------

TEST(TcpdumpFormat, ClosedPortResetIsRawTd20)
{
    const auto parts = tcp_parts(closed_port());
    ASSERT_EQ(parts.size(), 2U);
    EXPECT_EQ(parts[1], "Flags [R.], seq 0, ack 3626549837, win 0, length 0");
}

TEST(TcpdumpFormat, ResetWithoutAckIsRawWithAckRelativeTd19)
{
    const auto parts = tcp_parts(rst_mid_conversation());
    ASSERT_EQ(parts.size(), 10U);
    EXPECT_EQ(parts[8], "Flags [R], seq 3626544938, win 0, length 0");
    EXPECT_EQ(parts[9], "Flags [R.], seq 102, ack 2, win 0, length 0");
}

TEST(TcpdumpFormat, MissingHandshakeBasesOnFirstAckTd18)
{
    const auto parts = tcp_parts(missing_handshake());
    ASSERT_EQ(parts.size(), 6U);
    EXPECT_EQ(parts[0],
              "Flags [.], ack 1000000001, win 502, options [nop,nop,TS val 1010 ecr 5000], length 0");
    // The sender's base is its seq (ISN + 1), the other side's is ack - 1 (its ISN): the
    // client's offsets are one less than in a full capture, the server's are unchanged.
    EXPECT_EQ(parts[1],
              "Flags [P.], seq 0:100, ack 1, win 502, options [nop,nop,TS val 1010 ecr 5000], length 100");
    EXPECT_EQ(parts[2], "Flags [.], ack 100, win 509, options [nop,nop,TS val 5010 ecr 1010], length 0");
}

TEST(TcpdumpFormat, ReusedTupleIsRebasedBySynAckTd21)
{
    const auto parts = tcp_parts(reused_tuple());
    ASSERT_EQ(parts.size(), 13U);
    EXPECT_EQ(start_of(parts[8], "Flags [S], seq 12345, win "), "Flags [S], seq 12345, win ");
    EXPECT_EQ(start_of(parts[9], "Flags [S.], seq 777, ack 12346, win "),
              "Flags [S.], seq 777, ack 12346, win ");
    EXPECT_EQ(parts[10], "Flags [.], ack 1, win 502, length 0");
    EXPECT_EQ(parts[11], "Flags [P.], seq 1:8, ack 1, win 502, length 7");
    EXPECT_EQ(parts[12], "Flags [.], ack 8, win 509, length 0");
}

TEST(TcpdumpFormat, SackEdgesAreRebasedLikeSequenceNumbers)
{
    const auto parts = tcp_parts(sack_blocks());
    EXPECT_EQ(parts[7], "Flags [.], ack 1001, win 509, options [nop,nop,sack 1 {2001:3001}], length 0");
    EXPECT_EQ(parts[8], "Flags [.], ack 1001, win 509, options [nop,nop,sack 1 {2001:4001}], length 0");
    EXPECT_EQ(parts[15],
              "Flags [.], ack 1, win 502, options [nop,nop,sack 2 {1501:2001}{501:1001}], length 0");
    EXPECT_EQ(
        parts[16],
        "Flags [.], ack 1, win 502, options [sack 3 {1501:2001}{501:1001}{3001:4001},nop,nop], length 0");
    // -S leaves them raw.
    const auto raw = tcp_parts(sack_blocks(), {.absolute = true});
    EXPECT_EQ(raw[7], "Flags [.], ack 3626545837, win 509, options [nop,nop,sack 1 {3626546837:3626547837}], "
                      "length 0");
}

TEST(TcpdumpFormat, FirstAckOfACaptureRebasesItsOwnSackEdges)
{
    // print-tcp.c sets the bases, prints seq/ack raw, then rebases SACK with the new bases.
    const auto parts = tcp_parts(sack_without_handshake());
    EXPECT_EQ(parts[0], "Flags [.], ack 2000000000, win 509, options [nop,nop,sack 1 {3001:4001}], length 0");
    EXPECT_EQ(parts[1], "Flags [.], seq 1:1001, ack 0, win 502, length 1000");
}

TEST(TcpdumpFormat, NoFlagsPrintsNoneTd3)
{
    const auto parts = tcp_parts(no_flags());
    EXPECT_EQ(parts[3], "Flags [none], seq 3626544837:3626544847, win 502, length 10");
    EXPECT_EQ(parts[4], "Flags [none], win 502, length 0");
    EXPECT_EQ(parts[5], "Flags [none], win 0, length 0");
    EXPECT_EQ(parts[6], "Flags [none], win 0, length 0"); // AE has no letter in 4.99
    EXPECT_EQ(parts[7], "Flags [.], ack 11, win 9, length 0");
}

TEST(TcpdumpFormat, EcnAndUrgentFlagsTd3Td7)
{
    const auto parts = tcp_parts(ecn_and_urg());
    EXPECT_EQ(start_of(parts[0], "Flags [SEW], seq 42, wi"), "Flags [SEW], seq 42, wi");
    EXPECT_EQ(start_of(parts[1], "Flags [S.E], seq 4000000000, ack 43, w"),
              "Flags [S.E], seq 4000000000, ack 43, w");
    EXPECT_EQ(parts[4], "Flags [.E], ack 21, win 509, length 0");
    EXPECT_EQ(parts[5], "Flags [P.W], seq 21:26, ack 1, win 502, length 5");
    EXPECT_EQ(parts[6], "Flags [P.U], seq 26:29, ack 1, win 502, urg 3, length 3");
    EXPECT_EQ(parts[7], "Flags [U], seq 71:72, win 502, urg 1, length 1");
    EXPECT_EQ(parts[8], "Flags [FP.], seq 30:32, ack 1, win 502, length 2");
    EXPECT_EQ(parts[9], "Flags [F.EW], seq 1, ack 33, win 509, length 0");
    EXPECT_EQ(parts[10], "Flags [FSRP.UEW], seq 75, ack 4000000002, win 1, urg 7, length 0");
}

TEST(TcpdumpFormat, RelativeNumbersWrapModulo2To32)
{
    const auto parts = tcp_parts(wrap_around());
    EXPECT_EQ(start_of(parts[1], "Flags [S.], seq 4294967295, ack 4294967"),
              "Flags [S.], seq 4294967295, ack 4294967");
    EXPECT_EQ(parts[2], "Flags [.], ack 1, win 502, length 0");
    EXPECT_EQ(parts[3], "Flags [P.], seq 1:101, ack 1, win 502, length 100");
    EXPECT_EQ(parts[4], "Flags [P.], seq 1:31, ack 101, win 509, length 30");
    EXPECT_EQ(parts[7], "Flags [.], ack 32, win 502, length 0");
}

TEST(TcpdumpFormat, OptionPaddingPrintsEol)
{
    const auto parts = tcp_parts(unusual_options());
    EXPECT_EQ(parts[0], "Flags [S], seq 5000, win 1024, options [wscale 14,eol], length 0");
    EXPECT_EQ(parts[1], "Flags [S.], seq 9000, ack 5001, win 1024, options [sackOK,eol], length 0");
    EXPECT_EQ(parts[2], "Flags [.], ack 1, win 502, options [nop,eol], length 0");
    EXPECT_EQ(parts[11], "Flags [.], ack 1, win 502, options [mss 1,nop,eol], length 0");
}

TEST(TcpdumpFormat, UnknownOptionsPrintKindAndHex)
{
    const auto parts = tcp_parts(unusual_options());
    EXPECT_EQ(parts[10],
              "Flags [.], ack 1, win 502, options [unknown-99 0x0a0b0c,unknown-253,unknown-200 0x00,eol], "
              "length 0");
}

TEST(TcpdumpFormat, MalformedOptionBytes)
{
    const std::vector<std::uint8_t> bad_length{2, 1, 0, 0};
    // print-tcp.c has already printed "options [" when it finds the first option bad, and
    // closes the bracket only after a separator (the parity test below checks this).
    EXPECT_EQ(format_tcp_options(bad_length), "[[bad opt]");
    const std::vector<std::uint8_t> bad_second{1, 3, 9, 0};
    EXPECT_EQ(format_tcp_options(bad_second), "[nop,[bad opt]]");
    const std::vector<std::uint8_t> long_mss{2, 5, 1, 0, 1, 1, 1, 1};
    EXPECT_EQ(format_tcp_options(long_mss), "[mss 256[len 5],nop,nop,nop,nop]");
}

TEST(TcpdumpFormat, TimestampsAreSecondsDotMicros)
{
    EXPECT_EQ(format_timestamp(Time(0)), "0.000000");
    EXPECT_EQ(format_timestamp(Time(10000)), "0.010000");
    EXPECT_EQ(format_timestamp(Time(1795461874033447)), "1795461874.033447");
}

// ---- parity with the real tcpdump ------------------------------------------------------

class TcpdumpParity : public ::testing::TestWithParam<NamedScenario> {
protected:
    void SetUp() override
    {
        if (!have_tcpdump())
            GTEST_SKIP() << "tcpdump is not on PATH: parity with the real tcpdump not checked";
    }
};

TEST_P(TcpdumpParity, SameTextAsTcpdump)
{
    const auto packets = GetParam().build();
    TempDir dir;
    const auto file = dir / (GetParam().name + ".pcap");
    ASSERT_EQ(write_pcap(file, packets), std::nullopt);

    const auto relative = tcpdump_text(file, false);
    ASSERT_TRUE(relative.has_value()) << "tcpdump -r failed";
    EXPECT_EQ(format_tcpdump(packets), *relative);

    const auto absolute = tcpdump_text(file, true);
    ASSERT_TRUE(absolute.has_value()) << "tcpdump -S -r failed";
    EXPECT_EQ(format_tcpdump(packets, {.absolute = true}), *absolute);
}

TEST_P(TcpdumpParity, EveryChecksumIsCorrectPc10)
{
    const auto packets = GetParam().build();
    TempDir dir;
    const auto file = dir / (GetParam().name + ".pcap");
    ASSERT_EQ(write_pcap(file, packets), std::nullopt);
    const auto verbose = run("TZ=UTC tcpdump -vv -n -r " + shell_quote(file) + " 2>/dev/null");
    ASSERT_TRUE(verbose.has_value());
    std::size_t correct = 0;
    for (const auto& line : lines_of(*verbose)) {
        if (line.find("Flags [") != std::string::npos) {
            EXPECT_NE(line.find(" (correct)"), std::string::npos) << line;
            ++correct;
        }
        for (const char* marker : {"bad cksum", "incorrect", "bad hdr length", "total length", "[bad opt]"}) {
            EXPECT_EQ(line.find(marker), std::string::npos) << line;
        }
    }
    EXPECT_EQ(correct, packets.size());
}

INSTANTIATE_TEST_SUITE_P(Crafted, TcpdumpParity, ::testing::ValuesIn(parity_scenarios()),
                         [](const ::testing::TestParamInfo<NamedScenario>& param_info) {
                             return param_info.param.name;
                         });

TEST(TcpdumpParityRaw, MalformedOptionsMatchTcpdump)
{
    if (!have_tcpdump()) GTEST_SKIP() << "tcpdump is not on PATH: parity with the real tcpdump not checked";
    // Options our TcpOptions refuses to hold, written byte by byte into an encoded packet.
    const std::vector<std::vector<std::uint8_t>> cases{
        {2, 1, 0, 0},                                      // length < 2: [bad opt] at once
        {1, 3, 9, 0},                                      // length past the end after a nop
        {2, 5, 1, 0, 1, 1, 1, 1},                          // mss with length 5: [len 5], then reads on
        {8, 10, 0, 0, 0, 1, 0, 0, 0, 2, 5, 4, 0, 0, 0, 0}, // sack length 4: invalid sack
    };
    TempDir dir;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto& options = cases[i];
        auto captured = td22_exchange()[0];
        // Same size as the malformed bytes, so the data offset is right.
        captured.packet.tcp.options = tcp::TcpOptions{};
        for (std::size_t n = 0; n < options.size(); ++n) captured.packet.tcp.options.push(tcp::opt::Nop{});
        auto bytes = tcp::encode(captured.packet);
        std::copy(options.begin(), options.end(), bytes.begin() + 40);
        bytes[36] = 0;
        bytes[37] = 0;
        // TCP checksum over the pseudo-header (OP-2), recomputed after the edit.
        const auto tcp_length = static_cast<std::uint16_t>(bytes.size() - 20);
        std::vector<std::uint8_t> pseudo(bytes.begin() + 12, bytes.begin() + 20);
        pseudo.insert(pseudo.end(), {0, 6, static_cast<std::uint8_t>(tcp_length >> 8),
                                     static_cast<std::uint8_t>(tcp_length & 0xFF)});
        pseudo.insert(pseudo.end(), bytes.begin() + 20, bytes.end());
        const auto sum = tcp::internet_checksum(pseudo);
        bytes[36] = static_cast<std::uint8_t>(sum >> 8);
        bytes[37] = static_cast<std::uint8_t>(sum & 0xFF);

        HandmadePcap pcap(101);
        pcap.record(0, 0, bytes);
        const auto file = dir / ("bad-options-" + std::to_string(i) + ".pcap");
        pcap.save(file);
        const auto text = tcpdump_text(file, false);
        ASSERT_TRUE(text.has_value());
        const std::string prefix =
            "0.000000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [S], seq 3626544836, "
            "win 64240, options ";
        const auto rendered = format_tcp_options(options);
        const bool bad = rendered.find("[bad opt]") != std::string::npos;
        EXPECT_EQ(*text, prefix + rendered + (bad ? "" : ", length 0") + "\n") << "case " << i;
    }
}
