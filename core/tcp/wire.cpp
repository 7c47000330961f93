#include "core/tcp/wire.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace ackademy::tcp {

namespace {

constexpr std::uint8_t kIpVersion = 4;
constexpr std::uint8_t kMinIhl = 5;
constexpr std::uint8_t kProtocolTcp = 6;
constexpr std::uint16_t kDontFragment = 0x4000;
constexpr std::uint16_t kMoreFragments = 0x2000;
constexpr std::uint16_t kFragmentOffsetMask = 0x1FFF;
constexpr std::uint8_t kMinDataOffset = 5;
constexpr std::size_t kMaxPacketSize = 0xFFFF;

// Byte offsets inside the IPv4 header (RFC 791 §3.1) and the TCP header (RFC 9293 §3.1).
namespace ip {
constexpr std::size_t kTos = 1;
constexpr std::size_t kTotalLength = 2;
constexpr std::size_t kId = 4;
constexpr std::size_t kFlagsFragment = 6;
constexpr std::size_t kTtl = 8;
constexpr std::size_t kProtocol = 9;
constexpr std::size_t kChecksum = 10;
constexpr std::size_t kSrc = 12;
constexpr std::size_t kDst = 16;
} // namespace ip
namespace tcp_off {
constexpr std::size_t kSrcPort = 0;
constexpr std::size_t kDstPort = 2;
constexpr std::size_t kSeq = 4;
constexpr std::size_t kAck = 8;
constexpr std::size_t kDataOffset = 12;
constexpr std::size_t kFlags = 13;
constexpr std::size_t kWindow = 14;
constexpr std::size_t kChecksum = 16;
constexpr std::size_t kUrgent = 18;
} // namespace tcp_off

// ---- network byte order -----------------------------------------------------------------

void put_u16(Bytes& out, std::uint16_t value)
{
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

void put_u32(Bytes& out, std::uint32_t value)
{
    put_u16(out, static_cast<std::uint16_t>(value >> 16));
    put_u16(out, static_cast<std::uint16_t>(value));
}

void set_u16(Bytes& out, std::size_t at, std::uint16_t value)
{
    out[at] = static_cast<std::uint8_t>(value >> 8);
    out[at + 1] = static_cast<std::uint8_t>(value);
}

std::uint16_t get_u16(std::span<const std::uint8_t> in, std::size_t at)
{
    return static_cast<std::uint16_t>((in[at] << 8) | in[at + 1]);
}

std::uint32_t get_u32(std::span<const std::uint8_t> in, std::size_t at)
{
    return (std::uint32_t{get_u16(in, at)} << 16) | get_u16(in, at + 2);
}

std::string hex16(std::uint16_t value)
{
    std::array<char, 8> text{};
    std::snprintf(text.data(), text.size(), "0x%04x", static_cast<unsigned>(value));
    return text.data();
}

// ---- RFC 1071 checksum --------------------------------------------------------------------

/// Adds 16-bit big-endian words to a running ones' complement sum (not yet folded). An odd
/// trailing byte is padded with a zero octet (OP-2), so only the last span may be odd.
std::uint64_t sum_words(std::uint64_t sum, std::span<const std::uint8_t> data)
{
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) sum += get_u16(data, i);
    if (i < data.size()) sum += std::uint64_t{data[i]} << 8;
    return sum;
}

std::uint16_t fold_and_complement(std::uint64_t sum)
{
    while (sum >> 16 != 0) sum = (sum & 0xFFFF) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

/// OP-2 / PC-8: the 12-octet pseudo-header (src, dst, zero, PTCL = 6, TCP length).
std::uint64_t pseudo_header_sum(Ipv4Address src, Ipv4Address dst, std::size_t tcp_length)
{
    return std::uint64_t{src >> 16} + (src & 0xFFFF) + (dst >> 16) + (dst & 0xFFFF) + kProtocolTcp +
           tcp_length;
}

/// A received checksum field is right if it equals the recomputed one, or if both are a zero
/// of ones' complement arithmetic (0x0000 and 0xFFFF, RFC 1624 §3): the same test as "the sum
/// over everything folds to 0xFFFF" (PC-7), written as a comparison so that a fuzzer's
/// comparison tracing can steer mutated inputs past it.
bool checksum_matches(std::uint16_t found, std::uint16_t expected)
{
    const auto is_zero = [](std::uint16_t v) { return v == 0x0000 || v == 0xFFFF; };
    return found == expected || (is_zero(found) && is_zero(expected));
}

/// The TCP checksum over the pseudo-header and `segment` (header + data) as it stands; the
/// caller makes sure the checksum field is zero when computing, or not when verifying.
std::uint16_t tcp_checksum(Ipv4Address src, Ipv4Address dst, std::span<const std::uint8_t> segment)
{
    return fold_and_complement(sum_words(pseudo_header_sum(src, dst, segment.size()), segment));
}

// ---- encoding -----------------------------------------------------------------------------

void encode_ip_header(const IpInfo& ip, std::size_t total_length, Bytes& out)
{
    const std::size_t start = out.size();
    out.push_back(static_cast<std::uint8_t>((kIpVersion << 4) | kMinIhl));
    out.push_back(ip.tos);
    put_u16(out, static_cast<std::uint16_t>(total_length));
    put_u16(out, ip.id);
    put_u16(out, ip.dont_fragment ? kDontFragment : std::uint16_t{0}); // PC-7: DF as Linux TCP sets it
    out.push_back(ip.ttl);
    out.push_back(kProtocolTcp);
    put_u16(out, 0); // checksum, filled in below
    put_u32(out, ip.src);
    put_u32(out, ip.dst);
    const auto header = std::span<const std::uint8_t>(out).subspan(start, kIpv4HeaderSize);
    set_u16(out, start + ip::kChecksum, internet_checksum(header)); // PC-7
}

void encode_tcp_segment(const IpInfo& ip, const Segment& seg, Bytes& out)
{
    const std::size_t start = out.size();
    const std::size_t header_size = tcp_header_size(seg);
    put_u16(out, seg.src_port);
    put_u16(out, seg.dst_port);
    put_u32(out, seg.seq);
    put_u32(out, seg.ack);
    // Data offset in 32-bit words; the reserved bits stay zero (OP-8) and AE is the low bit.
    const auto data_offset = static_cast<std::uint8_t>(header_size / 4);
    const auto ae = static_cast<std::uint8_t>((seg.flags.bits & TcpFlags::AE) != 0 ? 1 : 0);
    out.push_back(static_cast<std::uint8_t>((data_offset << 4) | ae));
    out.push_back(static_cast<std::uint8_t>(seg.flags.bits & 0xFF));
    put_u16(out, seg.window);
    put_u16(out, 0); // checksum, filled in below
    put_u16(out, seg.urgent);
    const auto options = seg.options.bytes();
    out.insert(out.end(), options.begin(), options.end());
    out.resize(start + header_size, 0); // pad with EOL octets to a multiple of 4
    const auto payload = seg.payload.bytes();
    out.insert(out.end(), payload.begin(), payload.end());
    const auto segment = std::span<const std::uint8_t>(out).subspan(start);
    set_u16(out, start + tcp_off::kChecksum, tcp_checksum(ip.src, ip.dst, segment)); // OP-2
}

// ---- decoding -----------------------------------------------------------------------------

DecodeResult fail(DecodeErrorKind kind, std::string message)
{
    return DecodeResult{std::nullopt, DecodeError{kind, std::move(message)}};
}

std::string n(std::size_t value)
{
    return std::to_string(value);
}

/// The checks of the IPv4 header, in the order decode() documents. Returns the IP header
/// length on success.
std::optional<std::size_t> check_ip_header(std::span<const std::uint8_t> bytes, DecodeResult& error)
{
    if (bytes.size() < kIpv4HeaderSize) {
        error = fail(DecodeErrorKind::TruncatedPacket,
                     "packet is " + n(bytes.size()) + " bytes long, expected at least 20 for an IPv4 header");
        return std::nullopt;
    }
    const unsigned version = bytes[0] >> 4;
    if (version != kIpVersion) {
        error = fail(DecodeErrorKind::NotIpv4, "IP version is " + n(version) + ", expected 4");
        return std::nullopt;
    }
    const std::size_t ihl = bytes[0] & 0x0Fu;
    if (ihl < kMinIhl || ihl * 4 > bytes.size()) {
        error =
            fail(DecodeErrorKind::BadIhl, "IP header length (IHL) is " + n(ihl) + " words (" + n(ihl * 4) +
                                              " bytes), expected 5 or more and at most the packet's " +
                                              n(bytes.size()) + " bytes");
        return std::nullopt;
    }
    const std::size_t total_length = get_u16(bytes, ip::kTotalLength);
    if (total_length != bytes.size()) {
        error = fail(DecodeErrorKind::TotalLengthMismatch, "IP total length is " + n(total_length) +
                                                               ", expected the packet's " + n(bytes.size()) +
                                                               " bytes");
        return std::nullopt;
    }
    // PC-7: the checksum over the header with the field taken out again (IP options included).
    const auto header = bytes.first(ihl * 4);
    const std::uint16_t found = get_u16(header, ip::kChecksum);
    const std::uint16_t expected = fold_and_complement(sum_words(0, header) - found);
    if (!checksum_matches(found, expected)) {
        error = fail(DecodeErrorKind::BadIpChecksum,
                     "IP header checksum is " + hex16(found) + ", expected " + hex16(expected));
        return std::nullopt;
    }
    if (bytes[ip::kProtocol] != kProtocolTcp) {
        error =
            fail(DecodeErrorKind::NotTcp, "IP protocol is " + n(bytes[ip::kProtocol]) + ", expected 6 (TCP)");
        return std::nullopt;
    }
    const std::uint16_t fragment = get_u16(bytes, ip::kFlagsFragment);
    if ((fragment & (kMoreFragments | kFragmentOffsetMask)) != 0) {
        const std::string mf = (fragment & kMoreFragments) != 0 ? "set" : "clear";
        error =
            fail(DecodeErrorKind::Fragment,
                 "IP fragment offset is " + n(static_cast<std::size_t>(fragment & kFragmentOffsetMask) * 8) +
                     " bytes with MF " + mf + ", expected offset 0 with MF clear (an unfragmented packet)");
        return std::nullopt;
    }
    return ihl * 4;
}

IpInfo ip_info(std::span<const std::uint8_t> bytes)
{
    IpInfo ip;
    ip.tos = bytes[ip::kTos];
    ip.id = get_u16(bytes, ip::kId);
    ip.dont_fragment = (get_u16(bytes, ip::kFlagsFragment) & kDontFragment) != 0;
    ip.ttl = bytes[ip::kTtl];
    ip.src = get_u32(bytes, ip::kSrc);
    ip.dst = get_u32(bytes, ip::kDst);
    return ip;
}

/// The checks of the TCP segment (header + data). Fills `out` on success.
bool decode_tcp(const IpInfo& ip, std::span<const std::uint8_t> seg, Segment& out, DecodeResult& error)
{
    if (seg.size() < kTcpHeaderSize) {
        error =
            fail(DecodeErrorKind::TruncatedTcpHeader,
                 "TCP segment is " + n(seg.size()) + " bytes long, expected at least 20 for a TCP header");
        return false;
    }
    const std::size_t data_offset = seg[tcp_off::kDataOffset] >> 4;
    if (data_offset < kMinDataOffset || data_offset * 4 > seg.size()) {
        error = fail(DecodeErrorKind::BadDataOffset,
                     "TCP data offset is " + n(data_offset) + " words (" + n(data_offset * 4) +
                         " bytes), expected 5 or more and at most the segment's " + n(seg.size()) + " bytes");
        return false;
    }
    const std::size_t header_size = data_offset * 4;
    std::string reason;
    auto options = TcpOptions::parse(seg.subspan(kTcpHeaderSize, header_size - kTcpHeaderSize), &reason);
    if (!options) {
        error = fail(DecodeErrorKind::BadOptionLength, "TCP " + reason);
        return false;
    }
    // OP-1 / PC-8: recompute over the pseudo-header with the field taken out again.
    const std::uint16_t found = get_u16(seg, tcp_off::kChecksum);
    const std::uint16_t expected =
        fold_and_complement(sum_words(pseudo_header_sum(ip.src, ip.dst, seg.size()), seg) - found);
    if (!checksum_matches(found, expected)) {
        error = fail(DecodeErrorKind::BadTcpChecksum,
                     "TCP checksum is " + hex16(found) + ", expected " + hex16(expected));
        return false;
    }
    out.src_port = get_u16(seg, tcp_off::kSrcPort);
    out.dst_port = get_u16(seg, tcp_off::kDstPort);
    out.seq = get_u32(seg, tcp_off::kSeq);
    out.ack = get_u32(seg, tcp_off::kAck);
    // OP-8: reserved bits are ignored on receipt; AE (RFC 9768) is the low bit of byte 12.
    const auto ae = static_cast<std::uint16_t>((seg[tcp_off::kDataOffset] & 0x01) != 0 ? TcpFlags::AE : 0);
    out.flags = TcpFlags{static_cast<std::uint16_t>(seg[tcp_off::kFlags] | ae)};
    out.window = get_u16(seg, tcp_off::kWindow);
    out.urgent = get_u16(seg, tcp_off::kUrgent);
    out.options = *options;
    out.payload = Payload::copy_of(seg.subspan(header_size));
    return true;
}

} // namespace

std::string ipv4_to_string(Ipv4Address address)
{
    return std::to_string(address >> 24) + '.' + std::to_string((address >> 16) & 0xFF) + '.' +
           std::to_string((address >> 8) & 0xFF) + '.' + std::to_string(address & 0xFF);
}

std::optional<Ipv4Address> ipv4_from_string(std::string_view text)
{
    // Strict dotted quad: four decimal parts 0..255, no sign, space, leading zero or junk
    // (a leading zero would be octal to inet_aton, so "010" is refused rather than guessed).
    Ipv4Address address = 0;
    const char* at = text.data();
    const char* const end = text.data() + text.size();
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (at == end || *at != '.') return std::nullopt;
            ++at;
        }
        if (at == end || *at < '0' || *at > '9') return std::nullopt;
        if (*at == '0' && at + 1 != end && at[1] >= '0' && at[1] <= '9') return std::nullopt;
        unsigned value = 0;
        const auto [next, ec] = std::from_chars(at, end, value);
        if (ec != std::errc{} || value > 255) return std::nullopt;
        address = (address << 8) | value;
        at = next;
    }
    if (at != end) return std::nullopt;
    return address;
}

std::size_t tcp_header_size(const Segment& segment)
{
    return kTcpHeaderSize + (segment.options.size_bytes() + 3) / 4 * 4;
}

Bytes encode(const Packet& packet)
{
    Bytes out;
    encode_into(packet, out);
    return out;
}

void encode_into(const Packet& packet, Bytes& out)
{
    const std::size_t total_length =
        kIpv4HeaderSize + tcp_header_size(packet.tcp) + packet.tcp.payload.size();
    if (total_length > kMaxPacketSize) {
        throw std::length_error("IPv4 packet would be " + std::to_string(total_length) +
                                " bytes long, expected at most 65535");
    }
    out.reserve(out.size() + total_length);
    encode_ip_header(packet.ip, total_length, out);
    encode_tcp_segment(packet.ip, packet.tcp, out);
}

std::uint16_t internet_checksum(std::span<const std::uint8_t> data)
{
    return fold_and_complement(sum_words(0, data));
}

DecodeResult decode(std::span<const std::uint8_t> bytes)
{
    DecodeResult result;
    const auto ip_header_size = check_ip_header(bytes, result);
    if (!ip_header_size) return result;
    // IP options (IHL > 5) are allowed and skipped: IpInfo has no place for them.
    Packet packet;
    packet.ip = ip_info(bytes);
    if (!decode_tcp(packet.ip, bytes.subspan(*ip_header_size), packet.tcp, result)) return result;
    result.packet = std::move(packet);
    return result;
}

} // namespace ackademy::tcp
