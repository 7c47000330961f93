// IPv4 + TCP wire format: golden bytes checked against tcpdump, the PC-9 test vector, every
// decode error with its message, and truncation at every length.
#include "core/tcp/wire.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>

using namespace ackademy::tcp;

namespace {

Bytes hex(std::string_view text)
{
    Bytes out;
    int high = -1;
    for (const char c : text) {
        int nibble = -1;
        if (c >= '0' && c <= '9') nibble = c - '0';
        if (c >= 'a' && c <= 'f') nibble = c - 'a' + 10;
        if (nibble < 0) continue; // spaces and newlines
        if (high < 0) {
            high = nibble;
        } else {
            out.push_back(static_cast<std::uint8_t>(high * 16 + nibble));
            high = -1;
        }
    }
    return out;
}

std::uint16_t u16_at(const Bytes& b, std::size_t at)
{
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

void set_u16_at(Bytes& b, std::size_t at, std::uint16_t value)
{
    b[at] = static_cast<std::uint8_t>(value >> 8);
    b[at + 1] = static_cast<std::uint8_t>(value);
}

std::size_t ip_header_length(const Bytes& b)
{
    return (b[0] & 0x0Fu) * 4;
}

/// Recomputes the IP header checksum after a test has edited the header (PC-7).
void fix_ip_checksum(Bytes& b)
{
    set_u16_at(b, 10, 0);
    set_u16_at(b, 10, internet_checksum(std::span(b).first(ip_header_length(b))));
}

/// Recomputes the TCP checksum the long way, from an explicit pseudo-header (OP-2).
void fix_tcp_checksum(Bytes& b)
{
    const std::size_t tcp = ip_header_length(b);
    set_u16_at(b, tcp + 16, 0);
    Bytes pseudo(b.begin() + 12, b.begin() + 20); // src, dst
    const std::size_t tcp_length = b.size() - tcp;
    pseudo.insert(pseudo.end(),
                  {0, 6, static_cast<std::uint8_t>(tcp_length >> 8), static_cast<std::uint8_t>(tcp_length)});
    pseudo.insert(pseudo.end(), b.begin() + static_cast<std::ptrdiff_t>(tcp), b.end());
    set_u16_at(b, tcp + 16, internet_checksum(pseudo));
}

IpInfo textbook_ip(std::uint16_t id)
{
    IpInfo ip;
    ip.src = 0xC0A80174; // 192.168.1.116
    ip.dst = 0xC0A8017B; // 192.168.1.123
    ip.id = id;
    ip.ttl = 64;
    ip.dont_fragment = true;
    return ip;
}

/// The `rfc` profile's SYN: MSS only.
Packet rfc_syn()
{
    Packet p;
    p.ip = textbook_ip(1);
    p.tcp.src_port = 3337;
    p.tcp.dst_port = 7788;
    p.tcp.seq = 3626544836u;
    p.tcp.flags = TcpFlags::SYN;
    p.tcp.window = 65535;
    p.tcp.options = TcpOptions{opt::Mss{1460}};
    return p;
}

/// The `linux` profile's SYN (TD-22 layout, TS val 1).
Packet linux_syn()
{
    Packet p = rfc_syn();
    p.tcp.window = 64240;
    p.tcp.options = TcpOptions{opt::Mss{1460}, opt::SackPermitted{}, opt::Timestamps{1, 0}, opt::Nop{},
                               opt::WindowScale{7}};
    return p;
}

/// A data segment with an odd payload length, for the padded checksum path (OP-2).
Packet hello_segment()
{
    Packet p;
    p.ip = textbook_ip(2);
    p.tcp.src_port = 3337;
    p.tcp.dst_port = 7788;
    p.tcp.seq = 3626544837u;
    p.tcp.ack = 1000000001u;
    p.tcp.flags = TcpFlags::PSH | TcpFlags::ACK;
    p.tcp.window = 502;
    p.tcp.options = TcpOptions{opt::Nop{}, opt::Nop{}, opt::Timestamps{11, 5000}};
    p.tcp.payload = Payload::from_string("hello");
    return p;
}

// Golden bytes. Each was written to a LINKTYPE_RAW pcap and read with tcpdump 4.99.3
// (`TZ=UTC tcpdump -vv -n -tt -r file.pcap`); the lines it printed are quoted above each.

// IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 44)
//     192.168.1.116.3337 > 192.168.1.123.7788: Flags [S], cksum 0x6184 (correct), seq 3626544836,
//     win 65535, options [mss 1460], length 0
constexpr std::string_view kRfcSynHex = "45 00 00 2c 00 01 40 00 40 06 b6 8b c0 a8 01 74"
                                        "c0 a8 01 7b 0d 09 1e 6c d8 28 ae c4 00 00 00 00"
                                        "60 02 ff ff 61 84 00 00 02 04 05 b4";

// IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
//     192.168.1.116.3337 > 192.168.1.123.7788: Flags [S], cksum 0x166c (correct), seq 3626544836,
//     win 64240, options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0
// (TD-22 quotes cksum 0x1285 for TS val 1000: 0x166c - 0x1285 = 999 = 1000 - 1, as expected.)
constexpr std::string_view kLinuxSynHex = "45 00 00 3c 00 01 40 00 40 06 b6 7b c0 a8 01 74"
                                          "c0 a8 01 7b 0d 09 1e 6c d8 28 ae c4 00 00 00 00"
                                          "a0 02 fa f0 16 6c 00 00 02 04 05 b4 04 02 08 0a"
                                          "00 00 00 01 00 00 00 00 01 03 03 07";

// IP (tos 0x0, ttl 64, id 2, offset 0, flags [DF], proto TCP (6), length 57)
//     192.168.1.116.3337 > 192.168.1.123.7788: Flags [P.], cksum 0xe115 (correct),
//     seq 3626544837:3626544842, ack 1000000001, win 502, options [nop,nop,TS val 11 ecr 5000], length 5
constexpr std::string_view kHelloHex = "45 00 00 39 00 02 40 00 40 06 b6 7d c0 a8 01 74"
                                       "c0 a8 01 7b 0d 09 1e 6c d8 28 ae c5 3b 9a ca 01"
                                       "80 18 01 f6 e1 15 00 00 01 01 08 0a 00 00 00 0b"
                                       "00 00 13 88 68 65 6c 6c 6f";

// PC-9: tcpdump's tests/dns_tcp.pcap packet 1 without its Ethernet header.
constexpr std::string_view kPc9Hex = "45 00 00 3c 9b 28 40 00 40 06 13 76 c0 a8 01 0b d1 57 f9 12"
                                     "83 f3 00 35 23 fe c8 0c 00 00 00 00 a0 02 fa f0 0c 41 00 00"
                                     "02 04 05 b4 04 02 08 0a 79 e2 ca 9a 00 00 00 00 01 03 03 07";

Packet pc9_packet()
{
    Packet p;
    p.ip.src = 0xC0A8010B; // 192.168.1.11
    p.ip.dst = 0xD157F912; // 209.87.249.18
    p.ip.id = 0x9b28;
    p.ip.ttl = 64;
    p.ip.dont_fragment = true;
    p.tcp.src_port = 33779;
    p.tcp.dst_port = 53;
    p.tcp.seq = 0x23fec80c;
    p.tcp.flags = TcpFlags::SYN;
    p.tcp.window = 64240;
    p.tcp.options = TcpOptions{opt::Mss{1460}, opt::SackPermitted{}, opt::Timestamps{0x79e2ca9a, 0},
                               opt::Nop{}, opt::WindowScale{7}};
    return p;
}

/// Decodes `bytes`, expecting failure of `kind`, and returns the message.
std::string decode_error(const Bytes& bytes, DecodeErrorKind kind)
{
    const auto result = decode(bytes);
    EXPECT_FALSE(result.packet.has_value());
    if (!result.error) {
        ADD_FAILURE() << "decode succeeded";
        return {};
    }
    EXPECT_EQ(result.error->kind, kind) << result.error->message;
    return result.error->message;
}

void expect_round_trip(const Packet& packet)
{
    const Bytes wire = encode(packet);
    const auto decoded = decode(wire);
    ASSERT_TRUE(decoded) << decoded.error->message;
    EXPECT_EQ(*decoded.packet, packet);
    EXPECT_FALSE(decoded.error.has_value());
}

} // namespace

// ---- golden bytes ---------------------------------------------------------------------------

TEST(WireGolden, RfcSynEncodesToTcpdumpVerifiedBytes)
{
    EXPECT_EQ(encode(rfc_syn()), hex(kRfcSynHex));
}

TEST(WireGolden, LinuxSynEncodesToTcpdumpVerifiedBytes)
{
    EXPECT_EQ(encode(linux_syn()), hex(kLinuxSynHex));
}

TEST(WireGolden, OddLengthPayloadEncodesToTcpdumpVerifiedBytes)
{
    EXPECT_EQ(encode(hello_segment()), hex(kHelloHex));
}

TEST(WireGolden, GoldenBytesDecodeToTheirPackets)
{
    for (const auto& [text, packet] : {std::pair{kRfcSynHex, rfc_syn()}, std::pair{kLinuxSynHex, linux_syn()},
                                       std::pair{kHelloHex, hello_segment()}}) {
        const auto result = decode(hex(text));
        ASSERT_TRUE(result) << result.error->message;
        EXPECT_EQ(*result.packet, packet);
    }
}

// ---- PC-9 test vector -----------------------------------------------------------------------

TEST(WirePc9, EncodingTheSameFieldsGivesTheSameBytesAndChecksums)
{
    const Bytes wire = encode(pc9_packet());
    EXPECT_EQ(wire, hex(kPc9Hex));
    EXPECT_EQ(u16_at(wire, 10), 0x1376);      // IP header checksum
    EXPECT_EQ(u16_at(wire, 20 + 16), 0x0c41); // TCP checksum
}

TEST(WirePc9, DecodesEveryField)
{
    const auto result = decode(hex(kPc9Hex));
    ASSERT_TRUE(result) << result.error->message;
    const Packet& p = *result.packet;
    EXPECT_EQ(ipv4_to_string(p.ip.src), "192.168.1.11");
    EXPECT_EQ(ipv4_to_string(p.ip.dst), "209.87.249.18");
    EXPECT_EQ(p.ip.id, 0x9b28);
    EXPECT_EQ(p.ip.ttl, 64);
    EXPECT_EQ(p.ip.tos, 0);
    EXPECT_TRUE(p.ip.dont_fragment);
    EXPECT_EQ(p.tcp.src_port, 33779);
    EXPECT_EQ(p.tcp.dst_port, 53);
    EXPECT_EQ(p.tcp.seq, 0x23fec80cu);
    EXPECT_EQ(p.tcp.ack, 0u);
    EXPECT_EQ(p.tcp.flags, TcpFlags{TcpFlags::SYN});
    EXPECT_EQ(p.tcp.window, 64240);
    EXPECT_EQ(p.tcp.options.mss(), 1460);
    EXPECT_EQ(p.tcp.options.window_scale(), 7);
    EXPECT_TRUE(p.tcp.options.sack_permitted());
    EXPECT_EQ(p.tcp.options.timestamps(), (opt::Timestamps{0x79e2ca9a, 0}));
    EXPECT_TRUE(p.tcp.payload.empty());
    EXPECT_EQ(p, pc9_packet());
}

// ---- round trips ----------------------------------------------------------------------------

TEST(WireRoundTrip, VariedPackets)
{
    expect_round_trip(rfc_syn());
    expect_round_trip(linux_syn());
    expect_round_trip(hello_segment());

    Packet p = hello_segment();
    p.ip.tos = 0xb8;
    p.ip.ttl = 1;
    p.ip.id = 0xFFFF;
    p.ip.dont_fragment = false;
    p.tcp.flags = TcpFlags::ALL; // every bit, AE included
    p.tcp.urgent = 0x1234;
    p.tcp.seq = 0xFFFFFFFFu;
    p.tcp.ack = 0x80000000u;
    p.tcp.window = 0;
    p.tcp.options = TcpOptions{opt::Nop{}, opt::Nop{}, opt::Sack{{{1, 2}, {3, 4}, {5, 6}}}};
    p.tcp.payload = Payload::copy_of(Bytes(1460, 0xa5));
    expect_round_trip(p);

    p.tcp.options = TcpOptions{};
    p.tcp.payload = Payload{};
    expect_round_trip(p);
}

TEST(WireRoundTrip, AeIsTheLowBitOfByte12)
{
    Packet p = rfc_syn();
    p.tcp.flags = TcpFlags::AE | TcpFlags::SYN;
    const Bytes wire = encode(p);
    EXPECT_EQ(wire[20 + 12], 0x61); // data offset 6, AE
    EXPECT_EQ(wire[20 + 13], 0x02); // SYN
    expect_round_trip(p);
}

TEST(WireRoundTrip, UnalignedOptionsArePaddedAndThePaddingIsKept)
{
    Packet p = rfc_syn();
    p.tcp.options = TcpOptions{opt::Mss{1460}, opt::WindowScale{7}}; // 7 bytes
    EXPECT_EQ(tcp_header_size(p.tcp), 28U);
    const Bytes wire = encode(p);
    EXPECT_EQ(wire.size(), 48U);
    EXPECT_EQ(wire[20 + 12] >> 4, 7);
    EXPECT_EQ(wire.back(), 0x00); // one EOL octet of padding
    const auto result = decode(wire);
    ASSERT_TRUE(result);
    EXPECT_EQ(result.packet->tcp.options.size_bytes(), 8U);
    const std::vector<TcpOption> listed{opt::Mss{1460}, opt::WindowScale{7}, opt::Eol{}};
    EXPECT_EQ(result.packet->tcp.options.list(), listed);
}

TEST(Wire, TcpHeaderSizeRoundsOptionsUpToFourBytes)
{
    Segment s;
    EXPECT_EQ(tcp_header_size(s), 20U);
    s.options = TcpOptions{opt::Nop{}};
    EXPECT_EQ(tcp_header_size(s), 24U);
    s.options = TcpOptions{opt::Mss{1}};
    EXPECT_EQ(tcp_header_size(s), 24U);
    s.options = linux_syn().tcp.options;
    EXPECT_EQ(tcp_header_size(s), 40U);
    s.options = TcpOptions{opt::Timestamps{}, opt::Timestamps{}, opt::Timestamps{}, opt::Timestamps{}};
    EXPECT_EQ(tcp_header_size(s), 60U);
}

TEST(Wire, EncodeIntoAppends)
{
    Bytes out{0xEE};
    encode_into(rfc_syn(), out);
    Bytes expected{0xEE};
    const Bytes syn = hex(kRfcSynHex);
    expected.insert(expected.end(), syn.begin(), syn.end());
    EXPECT_EQ(out, expected);
}

TEST(Wire, EncodeRefusesPacketsOver65535Bytes)
{
    Packet p = rfc_syn();
    p.tcp.payload = Payload::copy_of(Bytes(65535 - 44, 0));
    EXPECT_EQ(encode(p).size(), 65535U);
    p.tcp.payload = Payload::copy_of(Bytes(65535 - 43, 0));
    EXPECT_THROW((void)encode(p), std::length_error);
}

// ---- checksum -------------------------------------------------------------------------------

TEST(WireChecksum, Rfc1071Example)
{
    // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to 0xddf2; the checksum is its complement.
    EXPECT_EQ(internet_checksum(hex("00 01 f2 03 f4 f5 f6 f7")), 0x220d);
}

TEST(WireChecksum, OddLengthIsPaddedWithZero)
{
    EXPECT_EQ(internet_checksum(hex("01")), 0xfeff);
    EXPECT_EQ(internet_checksum(hex("00 01 f2")), internet_checksum(hex("00 01 f2 00")));
    EXPECT_EQ(internet_checksum({}), 0xffff);
}

TEST(WireChecksum, CarriesAreFolded)
{
    EXPECT_EQ(internet_checksum(hex("ff ff ff ff")), 0x0000);
    EXPECT_EQ(internet_checksum(hex("ff ff 00 01")), 0xfffe); // 0x10000 folds to 0x0001
}

TEST(WireChecksum, OP1_NegativeZeroIsAccepted)
{
    // Choose the urgent pointer so the TCP checksum comes out 0x0000, then send 0xFFFF:
    // both are zero in ones' complement and a receiver must accept either.
    Packet p = rfc_syn();
    const Bytes first = encode(p);
    p.tcp.urgent = u16_at(first, 20 + 16);
    Bytes wire = encode(p);
    ASSERT_EQ(u16_at(wire, 20 + 16), 0x0000);
    set_u16_at(wire, 20 + 16, 0xFFFF);
    const auto result = decode(wire);
    ASSERT_TRUE(result) << result.error->message;
    EXPECT_EQ(*result.packet, p);
}

// ---- IPv4 addresses -------------------------------------------------------------------------

TEST(WireAddress, ToString)
{
    EXPECT_EQ(ipv4_to_string(0xC0A80174), "192.168.1.116");
    EXPECT_EQ(ipv4_to_string(0), "0.0.0.0");
    EXPECT_EQ(ipv4_to_string(0xFFFFFFFF), "255.255.255.255");
}

TEST(WireAddress, FromStringAcceptsStrictDottedQuads)
{
    EXPECT_EQ(ipv4_from_string("192.168.1.116"), 0xC0A80174u);
    EXPECT_EQ(ipv4_from_string("0.0.0.0"), 0u);
    EXPECT_EQ(ipv4_from_string("255.255.255.255"), 0xFFFFFFFFu);
    EXPECT_EQ(ipv4_from_string("10.0.0.1"), 0x0A000001u);
}

TEST(WireAddress, FromStringRejectsEverythingElse)
{
    for (const char* bad :
         {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.256", " 1.2.3.4", "1.2.3.4 ", "1.2.3.4x", "+1.2.3.4",
          "-1.2.3.4", "1..3.4", "1.2.3.", ".1.2.3", "01.2.3.4", "1.2.3.004", "1.2.3.1000", "a.b.c.d",
          "0x1.2.3.4", "99999999999999999999.1.1.1"}) {
        EXPECT_FALSE(ipv4_from_string(bad).has_value()) << '"' << bad << '"';
    }
}

// ---- decode errors, in decode()'s order ----------------------------------------------------

TEST(WireDecodeError, TruncatedPacket)
{
    const Bytes syn = hex(kRfcSynHex);
    EXPECT_EQ(decode_error(Bytes(syn.begin(), syn.begin() + 19), DecodeErrorKind::TruncatedPacket),
              "packet is 19 bytes long, expected at least 20 for an IPv4 header");
    EXPECT_EQ(decode_error({}, DecodeErrorKind::TruncatedPacket),
              "packet is 0 bytes long, expected at least 20 for an IPv4 header");
}

TEST(WireDecodeError, NotIpv4)
{
    Bytes b = hex(kRfcSynHex);
    b[0] = 0x65;
    EXPECT_EQ(decode_error(b, DecodeErrorKind::NotIpv4), "IP version is 6, expected 4");
}

TEST(WireDecodeError, BadIhl)
{
    Bytes b = hex(kRfcSynHex);
    b[0] = 0x44;
    EXPECT_EQ(
        decode_error(b, DecodeErrorKind::BadIhl),
        "IP header length (IHL) is 4 words (16 bytes), expected 5 or more and at most the packet's 44 bytes");
    b = Bytes(b.begin(), b.begin() + 40);
    b[0] = 0x4f;
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadIhl),
              "IP header length (IHL) is 15 words (60 bytes), expected 5 or more and at most the packet's 40 "
              "bytes");
}

TEST(WireDecodeError, TotalLengthMismatch)
{
    Bytes b = hex(kRfcSynHex);
    b.push_back(0); // e.g. Ethernet padding left on the packet
    EXPECT_EQ(decode_error(b, DecodeErrorKind::TotalLengthMismatch),
              "IP total length is 44, expected the packet's 45 bytes");
    b = hex(kRfcSynHex);
    set_u16_at(b, 2, 1500);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::TotalLengthMismatch),
              "IP total length is 1500, expected the packet's 44 bytes");
}

TEST(WireDecodeError, BadIpChecksum)
{
    Bytes b = hex(kRfcSynHex);
    b[8] = 63; // TTL decremented by a router that forgot the checksum: 0xb68b -> 0xb78b
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadIpChecksum),
              "IP header checksum is 0xb68b, expected 0xb78b");
}

TEST(WireDecodeError, NotTcp)
{
    Bytes b = hex(kRfcSynHex);
    b[9] = 17;
    fix_ip_checksum(b);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::NotTcp), "IP protocol is 17, expected 6 (TCP)");
}

TEST(WireDecodeError, Fragment)
{
    Bytes b = hex(kRfcSynHex);
    set_u16_at(b, 6, 0x2000); // MF, offset 0: the first fragment
    fix_ip_checksum(b);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::Fragment),
              "IP fragment offset is 0 bytes with MF set, expected offset 0 with MF clear (an unfragmented "
              "packet)");
    set_u16_at(b, 6, 0x4000 | 185); // DF and offset 185 * 8: a last fragment
    fix_ip_checksum(b);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::Fragment),
              "IP fragment offset is 1480 bytes with MF clear, expected offset 0 with MF clear (an "
              "unfragmented packet)");
}

TEST(WireDecodeError, TruncatedTcpHeader)
{
    Bytes b = hex(kRfcSynHex);
    b.resize(39);
    set_u16_at(b, 2, 39);
    fix_ip_checksum(b);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::TruncatedTcpHeader),
              "TCP segment is 19 bytes long, expected at least 20 for a TCP header");
}

TEST(WireDecodeError, BadDataOffset)
{
    Bytes b = hex(kRfcSynHex);
    b[32] = 0x40;
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadDataOffset),
              "TCP data offset is 4 words (16 bytes), expected 5 or more and at most the segment's 24 bytes");
    b[32] = 0x70;
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadDataOffset),
              "TCP data offset is 7 words (28 bytes), expected 5 or more and at most the segment's 24 bytes");
}

TEST(WireDecodeError, BadOptionLength)
{
    Bytes b = hex(kRfcSynHex);
    b[41] = 3; // MSS length 3
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadOptionLength),
              "TCP option kind 2 (MSS) has length 3, expected 4");
    b[41] = 0;
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadOptionLength),
              "TCP option kind 2 (MSS) at offset 0 has length 0, expected at least 2");
    b[41] = 5;
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadOptionLength),
              "TCP option kind 2 (MSS) at offset 0 has length 5, but only 4 bytes of options remain");
}

TEST(WireDecodeError, OP1_BadTcpChecksum)
{
    Bytes b = hex(kRfcSynHex);
    set_u16_at(b, 36, 0x1234);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadTcpChecksum), "TCP checksum is 0x1234, expected 0x6184");

    // A flipped payload bit, including the odd trailing byte.
    b = hex(kHelloHex);
    b.back() ^= 0x01; // 'o' -> 'n'
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadTcpChecksum), "TCP checksum is 0xe115, expected 0xe215");
}

TEST(WireDecodeError, PseudoHeaderIsCovered)
{
    // OP-2: a changed destination address breaks the TCP checksum even with a good IP checksum.
    Bytes b = hex(kRfcSynHex);
    b[19] = 0x7c; // 192.168.1.124
    fix_ip_checksum(b);
    EXPECT_EQ(decode_error(b, DecodeErrorKind::BadTcpChecksum), "TCP checksum is 0x6184, expected 0x6183");
}

TEST(WireDecodeError, FirstFailureInOrderIsReported)
{
    Bytes b = hex(kRfcSynHex);
    b[9] = 17; // protocol wrong, IP checksum now wrong too: the checksum comes first
    EXPECT_EQ(decode(b).error->kind, DecodeErrorKind::BadIpChecksum);
    b = hex(kRfcSynHex);
    b[0] = 0x64; // version 6 and IHL 4
    EXPECT_EQ(decode(b).error->kind, DecodeErrorKind::NotIpv4);
    b = hex(kRfcSynHex);
    b[32] = 0x40;  // bad data offset
    b[36] ^= 0xFF; // and bad checksum
    EXPECT_EQ(decode(b).error->kind, DecodeErrorKind::BadDataOffset);
}

// ---- accepted oddities --------------------------------------------------------------------

TEST(WireDecode, IpOptionsAreSkipped)
{
    Bytes b = hex(kRfcSynHex);
    b.insert(b.begin() + 20, {0x01, 0x01, 0x01, 0x00}); // IP NOP NOP NOP EOL
    b[0] = 0x46;
    set_u16_at(b, 2, 48);
    fix_ip_checksum(b); // the TCP checksum does not cover IP options
    const auto result = decode(b);
    ASSERT_TRUE(result) << result.error->message;
    EXPECT_EQ(*result.packet, rfc_syn());
}

TEST(WireDecode, OP8_ReservedBitsAreIgnored)
{
    Bytes b = hex(kRfcSynHex);
    b[32] |= 0x0e;            // the three reserved bits next to AE
    set_u16_at(b, 6, 0xC000); // and the reserved IP flag
    fix_ip_checksum(b);
    fix_tcp_checksum(b);
    const auto result = decode(b);
    ASSERT_TRUE(result) << result.error->message;
    EXPECT_EQ(*result.packet, rfc_syn());
}

// ---- no out-of-bounds read on any truncation ------------------------------------------------

TEST(WireDecode, EveryTruncationFailsCleanly)
{
    // Each prefix lives in a vector of exactly its size, so ASan/_GLIBCXX_ASSERTIONS builds
    // catch a read past it.
    const Bytes full = hex(kHelloHex);
    for (std::size_t length = 0; length <= full.size(); ++length) {
        const Bytes cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length));
        const auto result = decode(cut);
        EXPECT_EQ(result.packet.has_value(), length == full.size()) << length;
        EXPECT_NE(result.packet.has_value(), result.error.has_value()) << length;
    }
}

TEST(WireDecode, EveryTruncationWithConsistentIpHeaderReachesTheTcpChecks)
{
    // Total length and IP checksum fixed up, so each prefix gets past the IP checks and
    // exercises the TCP ones: header (20), options (data offset 8 = 32 bytes), checksum.
    const Bytes full = hex(kHelloHex);
    for (std::size_t length = 20; length < full.size(); ++length) {
        Bytes cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length));
        set_u16_at(cut, 2, static_cast<std::uint16_t>(length));
        fix_ip_checksum(cut);
        const auto result = decode(cut);
        ASSERT_TRUE(result.error.has_value()) << length;
        const DecodeErrorKind expected = length < 40   ? DecodeErrorKind::TruncatedTcpHeader
                                         : length < 52 ? DecodeErrorKind::BadDataOffset
                                                       : DecodeErrorKind::BadTcpChecksum;
        EXPECT_EQ(result.error->kind, expected) << length << ": " << result.error->message;
    }
}
