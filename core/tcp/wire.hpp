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

/// Encodes an IPv4 packet: IP header checksum (RFC 791, PC-7) and TCP checksum over the
/// pseudo-header (OP-2, PC-8) are computed. Options are padded with zero octets (EOL) to a
/// multiple of 4. Throws std::length_error if the packet would exceed 65535 bytes.
///
/// decode(encode(p)) == p whenever p.tcp.options.size_bytes() is a multiple of 4 (as every
/// real stack sends them; Linux aligns with NOPs). Otherwise the decoded options also hold
/// the padding, exactly as on the wire, and list() ends with the Eol it reads there.
Bytes encode(const Packet& packet);
/// Same, appending to `out` (lets a writer reuse one buffer).
void encode_into(const Packet& packet, Bytes& out);

/// The RFC 1071 Internet checksum of `data`, folded and complemented.
std::uint16_t internet_checksum(std::span<const std::uint8_t> data);

enum class DecodeErrorKind {
    TruncatedPacket,     ///< shorter than a minimal (20-byte) IPv4 header
    NotIpv4,             ///< version nibble is not 4
    BadIhl,              ///< IHL < 5, or the IP header runs past the packet
    TotalLengthMismatch, ///< IP total length differs from the number of bytes given
    BadIpChecksum,       ///< the IP header does not sum to 0xFFFF (PC-7)
    NotTcp,              ///< protocol field is not 6
    Fragment,            ///< MF set or fragment offset non-zero: a fragment cannot be decoded alone
    TruncatedTcpHeader,  ///< fewer than 20 bytes after the IP header
    BadDataOffset,       ///< data offset < 5, or past the end of the segment
    BadOptionLength,     ///< TcpOptions::parse() refused the options (OP-4)
    BadTcpChecksum,      ///< pseudo-header + segment do not sum to 0xFFFF (OP-1, OP-2)
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
/// Never reads outside `bytes`. Checks, in this order, and reports the first failure:
/// length >= 20, version 4, 5 <= IHL and IHL*4 <= length, total length == length, IP header
/// checksum (PC-7), protocol 6, not a fragment, a 20-byte TCP header present, 5 <= data
/// offset and data offset*4 <= segment, options (TcpOptions::parse, OP-4), TCP checksum
/// (OP-1). IP options are skipped; reserved TCP bits are ignored (OP-8). A checksum field of
/// 0xFFFF where 0x0000 is computed is accepted (both are zero in ones' complement).
DecodeResult decode(std::span<const std::uint8_t> bytes);

} // namespace ackademy::tcp
