#pragma once
// pcap files (tcp-behaviour.md §6, PC-1..PC-12), written and read with libpcap.
//
// Files are written as LINKTYPE_RAW (101, PC-5): each record is exactly the IPv4 packet
// that wire.hpp's encode() produces, with correct checksums (PC-7, PC-8), microsecond
// timestamps taken from virtual time (PC-3: sim time 0 is the epoch, so `tcpdump -tt`
// starts at 0.000000). Raw IP needs no invented Ethernet addresses, and tcpdump prints the
// same lines as for Ethernet (TD-1); Wireshark and tshark read it too.

#include "core/trace/tcpdump.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ackademy::trace {

/// The snapshot length written into the global header (PC-1): tcpdump's default. Every
/// packet fits (an IPv4 packet is at most 65535 bytes), so no record is ever truncated.
constexpr std::uint32_t kPcapSnapLength = 262144;

/// Writes `packets` to `path` atomically: into a temporary file in the same directory,
/// flushed and synced, then renamed over `path`. On success returns nullopt. On any error
/// the temporary file is removed, an existing `path` is left as it was, and the result is
/// one sentence naming the file and the reason, e.g.
/// "cannot write pcap file '/no/such/dir/a.pcap': No such file or directory".
/// A packet with a negative timestamp, or one too large to encode, is an error too.
[[nodiscard]] std::optional<std::string> write_pcap(const std::filesystem::path& path,
                                                    std::span<const CapturedPacket> packets);

struct PcapReadResult {
    std::vector<CapturedPacket> packets;
    /// libpcap's name for the file's link type: "RAW" (LINKTYPE_RAW), "EN10MB" (Ethernet) ...
    std::string link_type;
    /// Records read but not returned because they hold no IPv4 TCP segment (ARP, IPv6, UDP).
    std::size_t skipped = 0;
    /// Set when the file cannot be opened or a record cannot be decoded; then `packets`
    /// holds the records before the bad one.
    std::optional<std::string> error;
    explicit operator bool() const { return !error.has_value(); }
};

/// Reads a pcap (or pcapng) file. Link types RAW (PC-5), IPV4 (PC-6), Ethernet (PC-4, also
/// with one 802.1Q tag) and Linux cooked capture are understood; each IPv4 packet is cut to
/// its IP total length (Ethernet pads short frames) and decoded with tcp::decode(), so a bad
/// checksum is an error. CapturedPacket::at is the record's own timestamp in microseconds
/// since the epoch (nanosecond files are rounded down to microseconds by libpcap).
PcapReadResult read_pcap(const std::filesystem::path& path);

} // namespace ackademy::trace
