#pragma once
// Helpers for the tcpdump and pcap tests: packets built field by field, a temporary
// directory, and running the real tcpdump.
#include "core/trace/tcpdump.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ackademy::trace::testing {

inline tcp::Ipv4Address ip(std::string_view text)
{
    const auto address = tcp::ipv4_from_string(text);
    if (!address) throw std::invalid_argument("bad address in a test");
    return *address;
}

/// One side of a conversation: an address and a port.
struct Endpoint {
    tcp::Ipv4Address address = 0;
    std::uint16_t port = 0;
};

/// The TD-22 endpoints: client 192.168.1.116:3337, server 192.168.1.123:7788.
inline Endpoint td22_client()
{
    return {ip("192.168.1.116"), 3337};
}
inline Endpoint td22_server()
{
    return {ip("192.168.1.123"), 7788};
}

/// A payload of `size` bytes (a repeating pattern, so checksums are not trivial).
inline tcp::Payload payload_of(std::uint32_t size)
{
    std::vector<std::uint8_t> bytes(size);
    for (std::uint32_t i = 0; i < size; ++i) bytes[i] = static_cast<std::uint8_t>('a' + i % 26);
    return tcp::Payload::copy_of(bytes);
}

struct Seg {
    tcp::TcpFlags flags;
    tcp::SeqNum seq = 0;
    tcp::SeqNum ack = 0;
    std::uint16_t window = 0;
    tcp::TcpOptions options;
    std::uint32_t length = 0; ///< payload octets
    std::uint16_t urgent = 0;
};

inline CapturedPacket packet(std::chrono::microseconds at, Endpoint from, Endpoint to, const Seg& s)
{
    CapturedPacket p;
    p.at = at;
    p.packet.ip.src = from.address;
    p.packet.ip.dst = to.address;
    // Any deterministic value: the IP ID shows only with -v.
    p.packet.ip.id = static_cast<std::uint16_t>(s.seq ^ static_cast<std::uint32_t>(at.count()));
    p.packet.tcp.src_port = from.port;
    p.packet.tcp.dst_port = to.port;
    p.packet.tcp.seq = s.seq;
    p.packet.tcp.ack = s.ack;
    p.packet.tcp.flags = s.flags;
    p.packet.tcp.window = s.window;
    p.packet.tcp.urgent = s.urgent;
    p.packet.tcp.options = s.options;
    p.packet.tcp.payload = payload_of(s.length);
    return p;
}

/// Linux options of a SYN / SYN-ACK (TD-22): mss 1460, sackOK, TS, nop, wscale 7.
inline tcp::TcpOptions linux_syn_options(std::uint32_t ts_val, std::uint32_t ts_ecr)
{
    return {tcp::opt::Mss{1460}, tcp::opt::SackPermitted{}, tcp::opt::Timestamps{ts_val, ts_ecr},
            tcp::opt::Nop{}, tcp::opt::WindowScale{7}};
}

/// Linux options of every later segment: nop, nop, TS.
inline tcp::TcpOptions linux_ts_options(std::uint32_t ts_val, std::uint32_t ts_ecr)
{
    return {tcp::opt::Nop{}, tcp::opt::Nop{}, tcp::opt::Timestamps{ts_val, ts_ecr}};
}

/// tcp-behaviour.md §5.3 (TD-22): the eight packets of the reference exchange, captured at
/// the client.
inline std::vector<CapturedPacket> td22_exchange()
{
    using std::chrono::milliseconds;
    using tcp::TcpFlags;
    const auto c = td22_client();
    const auto s = td22_server();
    constexpr tcp::SeqNum kClientIsn = 3626544836U;
    constexpr tcp::SeqNum kServerIsn = 1000000000U;
    constexpr auto kAck = TcpFlags::ACK;
    return {
        packet(milliseconds(0), c, s, {TcpFlags::SYN, kClientIsn, 0, 64240, linux_syn_options(1000, 0)}),
        packet(milliseconds(10), s, c,
               {TcpFlags::SYN | kAck, kServerIsn, kClientIsn + 1, 65160, linux_syn_options(5000, 1000)}),
        packet(milliseconds(10), c, s,
               {kAck, kClientIsn + 1, kServerIsn + 1, 502, linux_ts_options(1010, 5000)}),
        packet(
            milliseconds(10), c, s,
            {TcpFlags::PSH | kAck, kClientIsn + 1, kServerIsn + 1, 502, linux_ts_options(1010, 5000), 100}),
        packet(milliseconds(20), s, c,
               {kAck, kServerIsn + 1, kClientIsn + 101, 509, linux_ts_options(5010, 1010)}),
        packet(milliseconds(20), c, s,
               {TcpFlags::FIN | kAck, kClientIsn + 101, kServerIsn + 1, 502, linux_ts_options(1020, 5010)}),
        packet(milliseconds(30), s, c,
               {TcpFlags::FIN | kAck, kServerIsn + 1, kClientIsn + 102, 509, linux_ts_options(5020, 1020)}),
        packet(milliseconds(30), c, s,
               {kAck, kClientIsn + 102, kServerIsn + 2, 502, linux_ts_options(1030, 5020)}),
    };
}

/// A directory made with mkdtemp() and removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "ackademy-trace-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

/// Everything a shell command prints on stdout, or nullopt if it could not be run or
/// exited with a non-zero status.
inline std::optional<std::string> run(const std::string& command)
{
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return std::nullopt;
    std::string out;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    if (status != 0) return std::nullopt;
    return out;
}

/// True if an executable tcpdump is on PATH.
inline bool have_tcpdump()
{
    return run("command -v tcpdump >/dev/null 2>&1").has_value();
}

/// Single-quotes a path for /bin/sh.
inline std::string shell_quote(const std::filesystem::path& path)
{
    std::string quoted = "'";
    for (const char c : path.string()) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

/// `TZ=UTC tcpdump -n -tt [-S] -r FILE` (TD-13), stdout only (TD-14: the header line goes to
/// stderr).
inline std::optional<std::string> tcpdump_text(const std::filesystem::path& file, bool absolute)
{
    return run(std::string("TZ=UTC tcpdump -n -tt ") + (absolute ? "-S " : "") + "-r " + shell_quote(file) +
               " 2>/dev/null");
}

inline std::vector<std::uint8_t> read_bytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string read_text(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Test data kept beside this file (copies of /work/shared/reference/linux-captures).
inline std::filesystem::path data_dir()
{
    return std::filesystem::path(__FILE__).parent_path() / "data";
}

/// A pcap built byte by byte (little-endian, µs, PC-1..PC-3), for records the writer
/// would never produce: Ethernet frames with padding, ARP, corrupted TCP options.
class HandmadePcap {
public:
    explicit HandmadePcap(std::uint32_t link_type)
    {
        put32(0xa1b2c3d4);
        put16(2);
        put16(4);
        put32(0);
        put32(0);
        put32(262144);
        put32(link_type);
    }
    void record(std::uint32_t seconds, std::uint32_t micros, const std::vector<std::uint8_t>& data)
    {
        put32(seconds);
        put32(micros);
        put32(static_cast<std::uint32_t>(data.size()));
        put32(static_cast<std::uint32_t>(data.size()));
        bytes_.insert(bytes_.end(), data.begin(), data.end());
    }
    void save(const std::filesystem::path& file) const
    {
        std::ofstream out(file, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes_.data()), static_cast<std::streamsize>(bytes_.size()));
    }

private:
    void put16(std::uint16_t v)
    {
        bytes_.push_back(static_cast<std::uint8_t>(v));
        bytes_.push_back(static_cast<std::uint8_t>(v >> 8));
    }
    void put32(std::uint32_t v)
    {
        put16(static_cast<std::uint16_t>(v));
        put16(static_cast<std::uint16_t>(v >> 16));
    }
    std::vector<std::uint8_t> bytes_;
};

} // namespace ackademy::trace::testing
