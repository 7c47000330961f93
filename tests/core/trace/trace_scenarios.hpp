#pragma once
// Crafted exchanges for the tcpdump parity tests: each one exercises a rule of
// tcp-behaviour.md §5 (TD-16..TD-21 and the option grammar of TD-8).
#include <functional>
#include <string>
#include <vector>

#include "capture_helpers.hpp"

namespace ackademy::trace::testing {

using std::chrono::microseconds;
using std::chrono::milliseconds;
using tcp::TcpFlags;

constexpr tcp::SeqNum kTd22ClientIsn = 3626544836U;
constexpr tcp::SeqNum kTd22ServerIsn = 1000000000U;
constexpr auto kAck = TcpFlags::ACK;

/// TD-20: a SYN to a closed port answered by <SEQ=0><ACK=ISN+1><CTL=RST,ACK>.
inline std::vector<CapturedPacket> closed_port()
{
    const auto c = td22_client();
    const auto s = td22_server();
    constexpr tcp::SeqNum kIsn = 3626549836U;
    return {
        packet(milliseconds(0), c, s, {TcpFlags::SYN, kIsn, 0, 64240, linux_syn_options(1000, 0)}),
        packet(microseconds(50), s, c, {TcpFlags::RST | kAck, 0, kIsn + 1, 0}),
    };
}

/// TD-19: after the TD-22 exchange an RFC-form RST (no ACK) prints raw numbers, a Linux-style
/// RST,ACK relative ones.
inline std::vector<CapturedPacket> rst_mid_conversation()
{
    auto packets = td22_exchange();
    const auto c = td22_client();
    const auto s = td22_server();
    packets.push_back(packet(milliseconds(40), c, s, {TcpFlags::RST, kTd22ClientIsn + 102, 0, 0}));
    packets.push_back(
        packet(milliseconds(41), c, s, {TcpFlags::RST | kAck, kTd22ClientIsn + 102, kTd22ServerIsn + 2, 0}));
    return packets;
}

/// TD-18: the capture starts after the handshake; the first ACK-bearing segment is the base.
inline std::vector<CapturedPacket> missing_handshake()
{
    auto packets = td22_exchange();
    packets.erase(packets.begin(), packets.begin() + 2);
    return packets;
}

/// TD-21: the same 4-tuple used again after TIME-WAIT, rebased by the new SYN-ACK.
inline std::vector<CapturedPacket> reused_tuple()
{
    auto packets = td22_exchange();
    const auto c = td22_client();
    const auto s = td22_server();
    constexpr tcp::SeqNum kIsn2 = 12345;
    constexpr tcp::SeqNum kServerIsn2 = 777;
    packets.push_back(
        packet(milliseconds(70000), c, s, {TcpFlags::SYN, kIsn2, 0, 64240, linux_syn_options(9000, 0)}));
    packets.push_back(
        packet(milliseconds(70010), s, c,
               {TcpFlags::SYN | kAck, kServerIsn2, kIsn2 + 1, 65160, linux_syn_options(9500, 9000)}));
    packets.push_back(packet(milliseconds(70010), c, s, {kAck, kIsn2 + 1, kServerIsn2 + 1, 502}));
    packets.push_back(
        packet(milliseconds(70011), c, s, {TcpFlags::PSH | kAck, kIsn2 + 1, kServerIsn2 + 1, 502, {}, 7}));
    packets.push_back(packet(milliseconds(70021), s, c, {kAck, kServerIsn2 + 1, kIsn2 + 8, 509}));
    return packets;
}

/// SACK blocks in both directions (TD-8, TD-16 step 4): the server (the higher port, so the
/// "reversed" side) reports holes in the client's data, then the client in the server's.
inline std::vector<CapturedPacket> sack_blocks()
{
    auto packets = td22_exchange();
    packets.resize(3);
    const auto c = td22_client();
    const auto s = td22_server();
    const tcp::SeqNum a = kTd22ClientIsn + 1;
    const tcp::SeqNum b = kTd22ServerIsn + 1;
    const auto sack = [](std::vector<tcp::SackBlock> blocks) {
        return tcp::TcpOptions{tcp::opt::Nop{}, tcp::opt::Nop{}, tcp::opt::Sack{std::move(blocks)}};
    };
    auto t = milliseconds(11);
    packets.push_back(packet(t, c, s, {kAck, a, b, 502, {}, 1000}));
    packets.push_back(packet(t, c, s, {kAck, a + 1000, b, 502, {}, 1000}));
    packets.push_back(packet(t, c, s, {kAck, a + 2000, b, 502, {}, 1000}));
    packets.push_back(packet(t, c, s, {TcpFlags::PSH | kAck, a + 3000, b, 502, {}, 1000}));
    t = milliseconds(21);
    packets.push_back(packet(t, s, c, {kAck, b, a + 1000, 509, sack({{a + 2000, a + 3000}})}));
    packets.push_back(packet(t, s, c, {kAck, b, a + 1000, 509, sack({{a + 2000, a + 4000}})}));
    packets.push_back(packet(milliseconds(22), c, s, {kAck, a + 1000, b, 502, {}, 1000}));
    packets.push_back(packet(milliseconds(32), s, c, {kAck, b, a + 4000, 509}));
    // Now the server sends and the client reports two holes, then three blocks.
    packets.push_back(packet(milliseconds(40), s, c, {kAck, b, a + 4000, 509, {}, 500}));
    packets.push_back(packet(milliseconds(40), s, c, {kAck, b + 500, a + 4000, 509, {}, 500}));
    packets.push_back(packet(milliseconds(40), s, c, {kAck, b + 1000, a + 4000, 509, {}, 500}));
    packets.push_back(packet(milliseconds(40), s, c, {kAck, b + 1500, a + 4000, 509, {}, 500}));
    packets.push_back(packet(milliseconds(50), c, s,
                             {kAck, a + 4000, b, 502, sack({{b + 1500, b + 2000}, {b + 500, b + 1000}})}));
    packets.push_back(packet(
        milliseconds(50), c, s,
        {kAck, a + 4000, b, 502,
         tcp::TcpOptions{tcp::opt::Sack{{{b + 1500, b + 2000}, {b + 500, b + 1000}, {b + 3000, b + 4000}}},
                         tcp::opt::Nop{}, tcp::opt::Nop{}}}));
    return packets;
}

/// TD-16 step 3 and SACK: a capture whose first packet is a duplicate ACK with a SACK block.
/// Its ack prints raw, but tcpdump rebases the SACK edges with the bases it has just set.
inline std::vector<CapturedPacket> sack_without_handshake()
{
    const auto c = td22_client();
    const auto s = td22_server();
    const tcp::SeqNum a = 2000000000U;
    const tcp::SeqNum b = 500U;
    const tcp::TcpOptions sack{tcp::opt::Nop{}, tcp::opt::Nop{}, tcp::opt::Sack{{{a + 3000, a + 4000}}}};
    return {
        packet(milliseconds(0), s, c, {kAck, b, a, 509, sack}),
        packet(milliseconds(1), c, s, {kAck, a, b, 502, {}, 1000}),
        packet(milliseconds(2), s, c, {kAck, b, a + 4000, 509}),
    };
}

/// TD-3: a segment with no flag at all prints "Flags [none]" and raw numbers (no ACK).
inline std::vector<CapturedPacket> no_flags()
{
    auto packets = td22_exchange();
    packets.resize(3);
    const auto c = td22_client();
    const auto s = td22_server();
    packets.push_back(packet(milliseconds(15), c, s, {0, kTd22ClientIsn + 1, 0, 502, {}, 10}));
    packets.push_back(packet(milliseconds(16), c, s, {0, kTd22ClientIsn + 11, 0, 502}));
    packets.push_back(packet(milliseconds(17), s, c, {0, kTd22ServerIsn + 1, 12345, 0}));
    // AE (RFC 9768) alone: tcpdump 4.99 has no letter for it.
    packets.push_back(packet(milliseconds(18), s, c, {TcpFlags::AE, kTd22ServerIsn + 1, 0, 0}));
    packets.push_back(
        packet(milliseconds(19), s, c, {TcpFlags::AE | kAck, kTd22ServerIsn + 1, kTd22ClientIsn + 11, 9}));
    return packets;
}

/// TD-3 with ECN (RFC 3168): [SEW] SYN, [S.E] SYN-ACK, ECE and CWR on data and ACKs; and URG
/// (TD-7).
inline std::vector<CapturedPacket> ecn_and_urg()
{
    const auto c = td22_client();
    const auto s = td22_server();
    const tcp::SeqNum a = 42;
    const tcp::SeqNum b = 4000000000U;
    const auto ece = TcpFlags::ECE;
    const auto cwr = TcpFlags::CWR;
    return {
        packet(milliseconds(0), c, s, {TcpFlags::SYN | ece | cwr, a, 0, 64240, linux_syn_options(1, 0)}),
        packet(milliseconds(10), s, c,
               {TcpFlags::SYN | kAck | ece, b, a + 1, 65160, linux_syn_options(2, 1)}),
        packet(milliseconds(10), c, s, {kAck, a + 1, b + 1, 502}),
        packet(milliseconds(11), c, s, {TcpFlags::PSH | kAck, a + 1, b + 1, 502, {}, 20}),
        packet(milliseconds(21), s, c, {kAck | ece, b + 1, a + 21, 509}),
        packet(milliseconds(22), c, s, {TcpFlags::PSH | kAck | cwr, a + 21, b + 1, 502, {}, 5}),
        packet(milliseconds(23), c, s, {TcpFlags::PSH | kAck | TcpFlags::URG, a + 26, b + 1, 502, {}, 3, 3}),
        packet(milliseconds(24), c, s, {TcpFlags::URG, a + 29, 0, 502, {}, 1, 1}),
        packet(milliseconds(25), c, s, {TcpFlags::FIN | TcpFlags::PSH | kAck, a + 30, b + 1, 502, {}, 2}),
        packet(milliseconds(26), s, c, {TcpFlags::FIN | kAck | ece | cwr, b + 1, a + 33, 509}),
        packet(milliseconds(27), c, s, {TcpFlags::ALL & 0xFF, a + 33, b + 2, 1, {}, 0, 7}),
    };
}

/// Sequence numbers across 2^32 (TD-4, TD-16: all arithmetic modulo 2^32). The server's ISN
/// is 0xFFFFFFFF, so its base (ack - 1 of the SYN-ACK seen from the client side) wraps too.
inline std::vector<CapturedPacket> wrap_around()
{
    const auto c = td22_client();
    const auto s = td22_server();
    const tcp::SeqNum a = 0xFFFFFFF0U;
    const tcp::SeqNum b = 0xFFFFFFFFU;
    return {
        packet(milliseconds(0), c, s, {TcpFlags::SYN, a, 0, 64240, linux_syn_options(7, 0)}),
        packet(milliseconds(10), s, c, {TcpFlags::SYN | kAck, b, a + 1, 65160, linux_syn_options(8, 7)}),
        packet(milliseconds(10), c, s, {kAck, a + 1, b + 1, 502}),
        packet(milliseconds(11), c, s, {TcpFlags::PSH | kAck, a + 1, b + 1, 502, {}, 100}),
        packet(milliseconds(21), s, c, {TcpFlags::PSH | kAck, b + 1, a + 101, 509, {}, 30}),
        packet(milliseconds(22), c, s, {TcpFlags::FIN | kAck, a + 101, b + 31, 502}),
        packet(milliseconds(32), s, c, {TcpFlags::FIN | kAck, b + 31, a + 102, 509}),
        packet(milliseconds(33), c, s, {kAck, a + 102, b + 32, 502}),
    };
}

/// Odd payload lengths (odd checksums, OP-2) from a client whose port is the higher one,
/// so the client is tcpdump's "reversed" side (TD-16 step 2).
inline std::vector<CapturedPacket> odd_lengths_high_client_port()
{
    const Endpoint c{ip("10.1.2.3"), 51234};
    const Endpoint s{ip("10.1.2.200"), 7788};
    const tcp::SeqNum a = 123456789;
    const tcp::SeqNum b = 987654321;
    std::vector<CapturedPacket> packets{
        packet(milliseconds(0), c, s, {TcpFlags::SYN, a, 0, 65535, {tcp::opt::Mss{1460}}}),
        packet(milliseconds(1), s, c, {TcpFlags::SYN | kAck, b, a + 1, 8191, {tcp::opt::Mss{536}}}),
        packet(milliseconds(2), c, s, {kAck, a + 1, b + 1, 65535}),
    };
    tcp::SeqNum next = a + 1;
    std::int64_t t = 3;
    for (const std::uint32_t length : {1U, 3U, 999U, 1449U, 7U}) {
        packets.push_back(
            packet(milliseconds(t++), c, s, {TcpFlags::PSH | kAck, next, b + 1, 65535, {}, length}));
        next += length;
        packets.push_back(packet(milliseconds(t++), s, c, {kAck, b + 1, next, 8191}));
    }
    packets.push_back(packet(milliseconds(t++), s, c, {TcpFlags::PSH | kAck, b + 1, next, 8191, {}, 333}));
    return packets;
}

/// Equal ports on both sides: the addresses decide the orientation (TD-16 step 2).
inline std::vector<CapturedPacket> equal_ports()
{
    const Endpoint hi{ip("10.0.0.2"), 7788};
    const Endpoint lo{ip("10.0.0.1"), 7788};
    const tcp::SeqNum a = 100;
    const tcp::SeqNum b = 200000;
    return {
        packet(milliseconds(0), hi, lo, {TcpFlags::SYN, a, 0, 1000}),
        packet(milliseconds(1), lo, hi, {TcpFlags::SYN | kAck, b, a + 1, 1000}),
        packet(milliseconds(2), hi, lo, {kAck, a + 1, b + 1, 1000}),
        packet(milliseconds(3), hi, lo, {TcpFlags::PSH | kAck, a + 1, b + 1, 1000, {}, 11}),
        packet(milliseconds(4), lo, hi, {TcpFlags::PSH | kAck, b + 1, a + 12, 1000, {}, 5}),
        packet(milliseconds(5), hi, lo, {kAck, a + 12, b + 6, 1000}),
    };
}

/// TD-8: every option tcpdump 4.99 names, unknown kinds, and lists that need EOL padding.
inline std::vector<CapturedPacket> unusual_options()
{
    using namespace tcp::opt;
    const auto c = td22_client();
    const auto s = td22_server();
    const tcp::SeqNum a = 5000;
    const tcp::SeqNum b = 9000;
    const auto u = [](std::uint8_t k, std::vector<std::uint8_t> data) { return Unknown{k, std::move(data)}; };
    const auto seg = [&](std::int64_t ms, tcp::TcpOptions options) {
        return packet(milliseconds(ms), c, s, {kAck, a + 1, b + 1, 502, std::move(options)});
    };
    return {
        packet(milliseconds(0), c, s, {TcpFlags::SYN, a, 0, 1024, {WindowScale{14}}}), // 3 bytes + eol
        packet(milliseconds(1), s, c, {TcpFlags::SYN | kAck, b, a + 1, 1024, {SackPermitted{}}}),
        seg(2, {Nop{}, Eol{}}),
        seg(3, {u(6, {0, 0, 1, 0}), u(7, {0xff, 0xff, 0xff, 0xff}), u(11, {1, 2, 3, 4})}),
        seg(4, {u(12, {0, 0, 0, 9}), u(13, {0, 0, 0, 10})}),
        seg(5, {u(19, {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd,
                       0xee, 0xff})}),
        seg(6, {u(20, {0xab, 7}), u(28, {0x00, 0x79}), u(28, {0x01, 0x2c})}),
        seg(7, {u(29, {3, 4}), u(29, {1, 2, 0xde, 0xad, 0xbe, 0xef}), u(29, {9})}),
        seg(8, {u(34, {}), u(34, {1, 2, 3, 4, 5, 6, 7, 8}), u(34, {1, 2, 3})}),
        seg(9, {u(254, {0xf9, 0x89}), u(254, {0xf9, 0x89, 9, 8, 7, 6}), u(254, {0x12, 0x34, 0x56})}),
        seg(10, {u(99, {0x0a, 0x0b, 0x0c}), u(253, {}), u(200, {0})}),
        seg(11, {Mss{1}, Nop{}, Eol{}}),
    };
}

/// Epoch timestamps like a real capture's, with odd microseconds (TD-13).
inline std::vector<CapturedPacket> epoch_timestamps()
{
    auto packets = td22_exchange();
    std::int64_t t = 1795461874033447;
    for (auto& p : packets) {
        p.at = microseconds(t);
        t += 20431;
    }
    return packets;
}

struct NamedScenario {
    std::string name;
    std::function<std::vector<CapturedPacket>()> build;
};

inline std::vector<NamedScenario> parity_scenarios()
{
    return {
        {"Td22Golden", td22_exchange},
        {"ClosedPortTd20", closed_port},
        {"RstWithoutAckTd19", rst_mid_conversation},
        {"MissingHandshakeTd18", missing_handshake},
        {"ReusedTupleTd21", reused_tuple},
        {"SackBlocks", sack_blocks},
        {"SackWithoutHandshake", sack_without_handshake},
        {"NoFlags", no_flags},
        {"EcnAndUrg", ecn_and_urg},
        {"WrapAround", wrap_around},
        {"OddLengthsHighClientPort", odd_lengths_high_client_port},
        {"EqualPorts", equal_ports},
        {"UnusualOptions", unusual_options},
        {"EpochTimestamps", epoch_timestamps},
    };
}

} // namespace ackademy::trace::testing
