#pragma once
// tcpdump-style text for captured packets: exactly what `TZ=UTC tcpdump -n -tt -r FILE.pcap`
// prints on stdout for a pcap of the same packets (tcpdump 4.99, Debian 12), and with
// `absolute` what `tcpdump -n -tt -S -r` prints. Ground truth is tcpdump's print-tcp.c, see
// tcp-behaviour.md §5 (TD-1..TD-22); the tests compare with a real tcpdump.
//
// Not reproduced: the payload decoders tcpdump appends after `length L` when either port
// has one (TD-10: 21, 22, 23, 25, 43, 53, 80, 139, 179, ...), and the MPTCP option (kind 30)
// body. Scenarios use other ports (e.g. 3337/7788), where the lines are identical.

#include "core/tcp/time.hpp"
#include "core/tcp/wire.hpp"

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <tuple>
#include <vector>

namespace ackademy::trace {

/// One packet as seen at a capture point, at a virtual time (or, for a packet read from a
/// real pcap, at the record's own timestamp: microseconds since the Unix epoch).
struct CapturedPacket {
    Time at{};
    tcp::Packet packet;
    friend bool operator==(const CapturedPacket&, const CapturedPacket&) = default;
};

struct TcpdumpOptions {
    /// tcpdump -S (TD-15): raw sequence and acknowledgment numbers everywhere.
    bool absolute = false;
};

/// Formats packets one at a time, in capture order, remembering the conversations it has
/// seen for tcpdump's relative sequence numbers (TD-16). Live mode feeds it each segment as
/// it happens; a whole trace goes through format_tcpdump().
class TcpdumpFormatter {
public:
    explicit TcpdumpFormatter(TcpdumpOptions options = {}) : options_(options) {}

    /// One line, without the trailing newline, e.g.
    /// "0.010000 IP 192.168.1.116.3337 > 192.168.1.123.7788: Flags [.], ack 1, win 502, length 0".
    std::string format(const CapturedPacket& captured);

    /// Forgets every conversation, as a fresh tcpdump process would.
    void reset() { conversations_.clear(); }

private:
    /// TD-16: one entry per conversation, keyed independently of direction. `seq` is the
    /// base of the side tcpdump calls "source" (the lower port), `ack` that of the other.
    struct Key {
        tcp::Ipv4Address src = 0;
        tcp::Ipv4Address dst = 0;
        std::uint32_t ports = 0;
        friend auto operator<=>(const Key&, const Key&) =
            default; // NOLINT(modernize-use-nullptr): clang-tidy 14 false positive
    };
    struct Bases {
        tcp::SeqNum seq = 0;
        tcp::SeqNum ack = 0;
    };

    TcpdumpOptions options_;
    std::map<Key, Bases> conversations_;
};

/// The whole text tcpdump prints for these packets: one line per packet, each ending in '\n'.
std::string format_tcpdump(std::span<const CapturedPacket> packets, TcpdumpOptions options = {});

/// TD-8: what tcpdump prints after "options " for raw option bytes (a TCP header's bytes
/// from 20 up to the data offset, padding included): "[mss 1460,sackOK,eol]". A malformed
/// list ends in "[bad opt]", plus "]" unless the first option was the bad one ("[[bad opt]",
/// "[nop,[bad opt]]"); tcpdump also ends the line there. SACK edges are printed raw. TcpOptions only holds
/// well-formed lists; this also takes bytes straight from a capture.
std::string format_tcp_options(std::span<const std::uint8_t> bytes);

/// The -tt timestamp (TD-13): "SECONDS.uuuuuu", so virtual time 0 is "0.000000".
std::string format_timestamp(Time at);

} // namespace ackademy::trace
