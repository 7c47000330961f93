#pragma once
// IPv4 + TCP wire format: encoding with correct checksums, and a decoder that never reads
// out of bounds and names precisely what is wrong with a bad packet.

#include "core/tcp/segment.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ackademy::tcp {

/// An IPv4 address in host byte order (192.168.1.116 is 0xC0A80174).
using Ipv4Address = std::uint32_t;

std::string ipv4_to_string(Ipv4Address address);
std::optional<Ipv4Address> ipv4_from_string(std::string_view text);

/// The IPv4 header fields that vary between packets (RFC 791). Everything else is fixed:
/// version 4, IHL 5, no options, protocol 6, fragment offset 0.
struct IpInfo {
    Ipv4Address src = 0;
    Ipv4Address dst = 0;
    std::uint16_t id = 0;
    std::uint8_t ttl = 64;
    std::uint8_t tos = 0;
    bool dont_fragment = true; ///< Linux TCP sets DF (PC-7)
    friend bool operator==(const IpInfo&, const IpInfo&) = default;
};

/// One IPv4 packet carrying one TCP segment.
struct Packet {
    IpInfo ip;
    Segment tcp;
    friend bool operator==(const Packet&, const Packet&) = default;
};

constexpr std::size_t kIpv4HeaderSize = 20;
constexpr std::size_t kTcpHeaderSize = 20; ///< without options

/// Bytes of the TCP header including options, padded to a multiple of 4 (what data offset says).
std::size_t tcp_header_size(const Segment& segment);

/// Encodes an IPv4 packet: IP header checksum (RFC 791) and TCP checksum over the
/// pseudo-header (OP-2) are computed. Options are padded with zero octets (EOL) to a
/// multiple of 4.
Bytes encode(const Packet& packet);
/// Same, appending to `out` (lets a writer reuse one buffer).
void encode_into(const Packet& packet, Bytes& out);

/// The RFC 1071 Internet checksum of `data`, folded and complemented.
std::uint16_t internet_checksum(std::span<const std::uint8_t> data);

enum class DecodeErrorKind {
    TruncatedPacket,     ///< shorter than a minimal IPv4 header, or than the headers it announces
    NotIpv4,             ///< version nibble is not 4
    BadIhl,              ///< IHL < 5, or the IP header runs past the packet
    TotalLengthMismatch, ///< IP total length differs from the number of bytes given
    BadIpChecksum,
    NotTcp,              ///< protocol field is not 6
    Fragment,            ///< MF set or fragment offset non-zero: a fragment cannot be decoded alone
    TruncatedTcpHeader,
    BadDataOffset,       ///< data offset < 5, or past the end of the segment
    BadOptionLength,
    BadTcpChecksum,
};

struct DecodeError {
    DecodeErrorKind kind;
    std::string message; ///< one sentence naming the field, the value found and what was expected
};

struct DecodeResult {
    std::optional<Packet> packet;
    std::optional<DecodeError> error;
    explicit operator bool() const { return packet.has_value(); }
};

/// Decodes an IPv4 packet holding a TCP segment. The payload is copied into a fresh chunk.
DecodeResult decode(std::span<const std::uint8_t> bytes);

} // namespace ackademy::tcp
