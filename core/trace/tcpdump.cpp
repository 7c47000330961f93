#include "core/trace/tcpdump.hpp"

#include <array>
#include <cstdio>
#include <optional>
#include <string_view>

namespace ackademy::trace {

namespace {

using tcp::SeqNum;
using tcp::TcpFlags;

// Option kinds tcpdump 4.99 names (print-tcp.c tcp_option_values); every other kind prints
// as "unknown-K".
namespace kind {
constexpr std::uint8_t kEol = 0;
constexpr std::uint8_t kNop = 1;
constexpr std::uint8_t kMss = 2;
constexpr std::uint8_t kWindowScale = 3;
constexpr std::uint8_t kSackPermitted = 4;
constexpr std::uint8_t kSack = 5;
constexpr std::uint8_t kEcho = 6;
constexpr std::uint8_t kEchoReply = 7;
constexpr std::uint8_t kTimestamps = 8;
constexpr std::uint8_t kCc = 11;
constexpr std::uint8_t kCcNew = 12;
constexpr std::uint8_t kCcEcho = 13;
constexpr std::uint8_t kSignature = 19;
constexpr std::uint8_t kScps = 20;
constexpr std::uint8_t kUserTimeout = 28;
constexpr std::uint8_t kTcpAo = 29;
constexpr std::uint8_t kMptcp = 30;
constexpr std::uint8_t kFastOpen = 34;
constexpr std::uint8_t kExperiment2 = 254;
} // namespace kind

constexpr std::size_t kSignatureLength = 16; // TCP_SIGLEN (RFC 2385 MD5 digest)
constexpr std::uint16_t kFastOpenMagic = 0xf989;

std::optional<std::string_view> option_name(std::uint8_t k)
{
    switch (k) {
    case kind::kEol:
        return "eol";
    case kind::kNop:
        return "nop";
    case kind::kMss:
        return "mss";
    case kind::kWindowScale:
        return "wscale";
    case kind::kSackPermitted:
        return "sackOK";
    case kind::kSack:
        return "sack";
    case kind::kEcho:
        return "echo";
    case kind::kEchoReply:
        return "echoreply";
    case kind::kTimestamps:
        return "TS";
    case kind::kCc:
        return "cc";
    case kind::kCcNew:
        return "ccnew";
    case kind::kCcEcho:
        return ""; // sic: tcpdump's table has an empty name for CC.ECHO
    case kind::kSignature:
        return "md5";
    case kind::kScps:
        return "scps";
    case kind::kUserTimeout:
        return "uto";
    case kind::kTcpAo:
        return "tcp-ao";
    case kind::kMptcp:
        return "mptcp";
    case kind::kFastOpen:
        return "tfo";
    case kind::kExperiment2:
        return "exp";
    default:
        return std::nullopt;
    }
}

std::uint16_t get_u16(std::span<const std::uint8_t> in, std::size_t at)
{
    return static_cast<std::uint16_t>((in[at] << 8) | in[at + 1]);
}

std::uint32_t get_u32(std::span<const std::uint8_t> in, std::size_t at)
{
    return (std::uint32_t{get_u16(in, at)} << 16) | get_u16(in, at + 2);
}

std::string hex_byte(std::uint8_t value)
{
    std::array<char, 4> text{};
    std::snprintf(text.data(), text.size(), "%02x", static_cast<unsigned>(value));
    return text.data();
}

std::string hex_bytes(std::span<const std::uint8_t> bytes)
{
    std::string out;
    for (const auto b : bytes) out += hex_byte(b);
    return out;
}

/// TD-16: SACK edges are rebased like seq/ack, with the bases of the receiving side of the
/// segment (the SACK describes the data it received). Zero bases print them raw, as with -S
/// or on a segment without ACK.
struct SackRebase {
    bool rev = false;
    SeqNum thseq = 0;
    SeqNum thack = 0;
    SeqNum apply(SeqNum edge) const { return edge - (rev ? thseq : thack); }
};

/// print-tcp.c print_tcp_fastopen_option (RFC 7413).
void append_fastopen(std::string& out, std::span<const std::uint8_t> cookie, bool experimental)
{
    if (experimental) out += "tfo";
    if (cookie.empty()) {
        out += " cookiereq";
    } else if (cookie.size() % 2 != 0 || cookie.size() < 4 || cookie.size() > 16) {
        out += " (invalid)";
    } else {
        out += " cookie " + hex_bytes(cookie);
    }
}

/// TD-8: appends ", options [...]" as print-tcp.c's option loop does, byte for byte,
/// including its quirks: after an option whose declared length differs from the expected
/// one it prints "[len N]" and goes on reading right after the bytes it consumed. Returns
/// false after "[bad opt]": tcpdump then stops the line there (no ", length").
bool append_options(std::string& out, std::span<const std::uint8_t> opts, const SackRebase& sack)
{
    out += ", options [";
    std::size_t cp = 0;             // next byte to read
    std::size_t hlen = opts.size(); // bytes left; cp + hlen == opts.size() between options
    char separator = '\0';
    const auto bad = [&] {
        out += "[bad opt]";
        if (separator != '\0') out += ']';
        return false;
    };
    while (hlen > 0) {
        if (separator != '\0') out += separator;
        const std::uint8_t opt = opts[cp++];
        const bool zero_length = opt == kind::kEol || opt == kind::kNop;
        std::size_t len = 1;
        if (!zero_length) {
            // The kind was the last option byte: tcpdump reads the length octet from the
            // payload and rejects it whatever it is (< 2, or > the 1 byte left); with no payload
            // it reports truncation instead. TcpOptions never holds such a list (OP-4).
            if (cp >= opts.size()) return bad();
            len = opts[cp++];
            if (len < 2 || len > hlen) return bad();
            --hlen;
        }
        --hlen;
        std::size_t datalen = 0;
        const auto name = option_name(opt);
        out += name ? std::string(*name) : "unknown-" + std::to_string(opt);
        const auto data = opts.subspan(cp, hlen);

        switch (opt) {
        case kind::kMss:
            datalen = 2;
            if (datalen > hlen) return bad();
            out += " " + std::to_string(get_u16(data, 0));
            break;
        case kind::kWindowScale:
            datalen = 1;
            if (datalen > hlen) return bad();
            out += " " + std::to_string(data[0]);
            break;
        case kind::kSack:
            datalen = len - 2;
            if (datalen % 8 != 0) {
                out += " invalid sack";
            } else {
                out += " " + std::to_string(datalen / 8) + " ";
                for (std::size_t i = 0; i < datalen; i += 8) {
                    if (i + 8 > hlen) return bad();
                    out += "{" + std::to_string(sack.apply(get_u32(data, i))) + ":" +
                           std::to_string(sack.apply(get_u32(data, i + 4))) + "}";
                }
            }
            break;
        case kind::kCc:
        case kind::kCcNew:
        case kind::kCcEcho:
        case kind::kEcho:
        case kind::kEchoReply:
            datalen = 4;
            if (datalen > hlen) return bad();
            out += " " + std::to_string(get_u32(data, 0));
            break;
        case kind::kTimestamps:
            datalen = 8;
            if (datalen > hlen) return bad();
            out += " val " + std::to_string(get_u32(data, 0)) + " ecr " + std::to_string(get_u32(data, 4));
            break;
        case kind::kSignature:
            datalen = kSignatureLength;
            if (datalen > hlen) return bad();
            // Debian's tcpdump is built with libcrypto; without a secret (-M) it cannot check
            // the digest and says so before dumping it.
            out += " shared secret not supplied with -M, can't check - " + hex_bytes(data.first(datalen));
            break;
        case kind::kScps:
            datalen = 2;
            if (datalen > hlen) return bad();
            out += " cap " + hex_byte(data[0]) + " id " + std::to_string(data[1]);
            break;
        case kind::kTcpAo:
            datalen = len - 2;
            // RFC 5925 §2.2: the length is at least 4.
            if (datalen < 2) {
                out += " (invalid)";
            } else {
                out += " keyid " + std::to_string(data[0]) + " rnextkeyid " + std::to_string(data[1]);
                if (datalen > 2) out += " mac 0x" + hex_bytes(data.subspan(2, datalen - 2));
            }
            break;
        case kind::kEol:
        case kind::kNop:
        case kind::kSackPermitted:
            break;
        case kind::kUserTimeout: {
            datalen = 2;
            if (datalen > hlen) return bad();
            const unsigned raw = get_u16(data, 0);
            std::array<char, 8> text{};
            std::snprintf(text.data(), text.size(), "%x", raw);
            // RFC 5482: the low bit says minutes (1) or seconds (0).
            const unsigned seconds = (raw & 1U) != 0 ? (raw >> 1) * 60 : raw >> 1;
            out += " 0x" + std::string(text.data()) + " " + std::to_string(seconds);
            break;
        }
        case kind::kMptcp:
            // Not decoded (see tcpdump.hpp); its bytes are skipped like tcpdump's do.
            datalen = len - 2;
            break;
        case kind::kFastOpen:
            datalen = len - 2;
            out += " ";
            append_fastopen(out, data.first(datalen), false);
            break;
        case kind::kExperiment2: {
            datalen = len - 2;
            if (datalen < 2) return bad();
            const std::uint16_t magic = get_u16(data, 0); // RFC 6994 experiment id
            out += "-";
            if (magic == kFastOpenMagic) {
                append_fastopen(out, data.subspan(2, datalen - 2), true);
            } else {
                out += hex_byte(static_cast<std::uint8_t>(magic >> 8)) +
                       hex_byte(static_cast<std::uint8_t>(magic & 0xFF));
            }
            break;
        }
        default:
            datalen = len - 2;
            if (datalen != 0) out += " 0x" + hex_bytes(data.first(datalen));
            break;
        }

        cp += datalen;
        hlen -= datalen;
        // What the option's kind says its length is, against what its length octet says.
        const std::size_t expected = datalen + (zero_length ? 1 : 2);
        if (expected != len) out += "[len " + std::to_string(len) + "]";
        separator = ',';
        if (opt == kind::kEol) break; // TD-8: eol stops parsing
    }
    out += "]";
    return true;
}

/// The option bytes as they are on the wire: the options, then EOL octets up to the
/// 32-bit boundary that the data offset implies (tcpdump prints that padding as "eol").
std::vector<std::uint8_t> wire_options(const tcp::Segment& segment)
{
    const auto options = segment.options.bytes();
    std::vector<std::uint8_t> bytes(options.begin(), options.end());
    bytes.resize(tcp::tcp_header_size(segment) - tcp::kTcpHeaderSize, 0);
    return bytes;
}

} // namespace

std::string format_tcp_options(std::span<const std::uint8_t> bytes)
{
    std::string text;
    append_options(text, bytes, SackRebase{});
    constexpr std::string_view kPrefix = ", options ";
    return text.substr(kPrefix.size());
}

std::string format_timestamp(Time at)
{
    const auto micros = at.count();
    const auto magnitude = static_cast<unsigned long long>(micros < 0 ? -micros : micros);
    std::array<char, 48> text{};
    std::snprintf(text.data(), text.size(), "%s%llu.%06llu", micros < 0 ? "-" : "", magnitude / 1000000ULL,
                  magnitude % 1000000ULL);
    return text.data();
}

std::string TcpdumpFormatter::format(const CapturedPacket& captured)
{
    const auto& ip = captured.packet.ip;
    const auto& seg = captured.packet.tcp;
    // The flags octet only (byte 13): tcpdump 4.99 does not look at AE (TD-3).
    const auto flags = static_cast<std::uint16_t>(seg.flags.bits & 0xFF);
    const bool has_ack = (flags & TcpFlags::ACK) != 0;

    // TD-13 timestamp, TD-1 "IP ", TD-2 numeric endpoints.
    std::string line = format_timestamp(captured.at);
    line += " IP ";
    line += tcp::ipv4_to_string(ip.src) + "." + std::to_string(seg.src_port) + " > ";
    line += tcp::ipv4_to_string(ip.dst) + "." + std::to_string(seg.dst_port) + ": ";
    line += "Flags [" + TcpFlags(flags).tcpdump_letters() + "]"; // TD-3

    SeqNum seq = seg.seq;
    SeqNum ack = seg.ack;
    SackRebase sack;
    // TD-16 (1): only ACK-bearing segments, and never with -S (TD-15).
    if (!options_.absolute && has_ack) {
        // TD-16 (2): one entry for both directions; "rev" when the source port is the
        // higher one (the addresses, in network order, break a tie).
        const bool rev = seg.src_port > seg.dst_port || (seg.src_port == seg.dst_port && ip.src > ip.dst);
        const Key key = rev ? Key{ip.dst, ip.src, (std::uint32_t{seg.dst_port} << 16) | seg.src_port}
                            : Key{ip.src, ip.dst, (std::uint32_t{seg.src_port} << 16) | seg.dst_port};
        auto it = conversations_.find(key);
        if (it == conversations_.end() || (flags & TcpFlags::SYN) != 0) {
            // TD-16 (3): a new conversation, or any SYN-bearing segment (TD-21 reuse of a
            // 4-tuple), (re)sets both bases, and this segment keeps its raw numbers (TD-18,
            // TD-20).
            Bases bases = rev ? Bases{seg.ack - 1, seg.seq} : Bases{seg.seq, seg.ack - 1};
            it = conversations_.insert_or_assign(key, bases).first;
        } else {
            // TD-16 (4): offsets from the bases, modulo 2^32.
            seq -= rev ? it->second.ack : it->second.seq;
            ack -= rev ? it->second.seq : it->second.ack;
        }
        // Even a segment printed raw has its SACK edges rebased with the bases just set.
        sack = SackRebase{rev, it->second.seq, it->second.ack};
    }

    const std::uint32_t length = seg.payload.size();
    // TD-4: seq when there is data or SYN/FIN/RST; "S:E" with data.
    if (length > 0 || (flags & (TcpFlags::SYN | TcpFlags::FIN | TcpFlags::RST)) != 0) {
        line += ", seq " + std::to_string(seq);
        if (length > 0) line += ":" + std::to_string(seq + length);
    }
    if (has_ack) line += ", ack " + std::to_string(ack); // TD-5
    line += ", win " + std::to_string(seg.window);       // TD-6: raw, never scaled
    if ((flags & TcpFlags::URG) != 0) line += ", urg " + std::to_string(seg.urgent); // TD-7

    const auto opts = wire_options(seg);
    if (!opts.empty() && !append_options(line, opts, sack)) return line; // TD-8
    line += ", length " + std::to_string(length);                        // TD-9
    return line;
}

std::string format_tcpdump(std::span<const CapturedPacket> packets, TcpdumpOptions options)
{
    TcpdumpFormatter formatter(options);
    std::string text;
    for (const auto& captured : packets) {
        text += formatter.format(captured);
        text += '\n';
    }
    return text;
}

} // namespace ackademy::trace
