#pragma once
// TCP options (RFC 9293 §3.2, RFC 7323, RFC 2018).
//
// TcpOptions keeps the options exactly as they are laid out on the wire (at most 40 bytes,
// inline, no heap), so the order and padding of each real stack is reproduced byte for byte
// and a Segment stays small. list() decodes them into typed values for inspection and tests.

#include "core/tcp/seq.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace ackademy::tcp {

struct SackBlock {
    SeqNum left = 0;  ///< first sequence number of the block
    SeqNum right = 0; ///< sequence number just past the block
    friend bool operator==(const SackBlock&, const SackBlock&) = default;
};

namespace opt {
enum Kind : std::uint8_t {
    kEol = 0,
    kNop = 1,
    kMss = 2,
    kWindowScale = 3,
    kSackPermitted = 4,
    kSack = 5,
    kTimestamps = 8,
};
struct Eol {
    friend bool operator==(const Eol&, const Eol&) = default;
};
struct Nop {
    friend bool operator==(const Nop&, const Nop&) = default;
};
struct Mss {
    std::uint16_t value = 0;
    friend bool operator==(const Mss&, const Mss&) = default;
};
struct WindowScale {
    std::uint8_t shift = 0;
    friend bool operator==(const WindowScale&, const WindowScale&) = default;
};
struct SackPermitted {
    friend bool operator==(const SackPermitted&, const SackPermitted&) = default;
};
struct Sack {
    std::vector<SackBlock> blocks; ///< 1..4 blocks
    friend bool operator==(const Sack&, const Sack&) = default;
};
struct Timestamps {
    std::uint32_t val = 0;
    std::uint32_t ecr = 0;
    friend bool operator==(const Timestamps&, const Timestamps&) = default;
};
/// Any other kind, kept as its raw data bytes (without kind and length octets).
struct Unknown {
    std::uint8_t kind = 0;
    std::vector<std::uint8_t> data;
    friend bool operator==(const Unknown&, const Unknown&) = default;
};
} // namespace opt

using TcpOption = std::variant<opt::Eol, opt::Nop, opt::Mss, opt::WindowScale, opt::SackPermitted, opt::Sack,
                               opt::Timestamps, opt::Unknown>;

class TcpOptions {
public:
    static constexpr std::size_t kMaxBytes = 40;

    TcpOptions() = default;
    /// Builds from a list; throws std::length_error if the options exceed 40 bytes and
    /// std::invalid_argument if an option cannot be encoded (see push()).
    TcpOptions(std::initializer_list<TcpOption> options);

    /// Appends one option in wire form. Returns false (and changes nothing) if it would not
    /// fit, or if it cannot be encoded: a Sack with 0 or more than 4 blocks, or an Unknown
    /// whose kind is one of the kinds above (it would not list() back as Unknown).
    bool push(const TcpOption& option);

    /// Parses raw option bytes as found in a TCP header (at most 40). On failure returns
    /// nullopt and, if `error` is given, one sentence saying what is wrong, e.g.
    /// "option kind 2 (MSS) has length 3, expected 4". Rejected (OP-4, MUST-7): a length
    /// byte missing, a length < 2 or past the end, a wrong length for MSS/WS/SACK-permitted/
    /// TS, a SACK length other than 2 + 8n (n = 1..4). Checking stops at EOL; the bytes after
    /// it are kept unchanged as padding.
    static std::optional<TcpOptions> parse(std::span<const std::uint8_t> bytes, std::string* error = nullptr);

    /// The options in order, decoded, up to and including EOL (bytes after it are padding
    /// and are not listed).
    std::vector<TcpOption> list() const;

    std::span<const std::uint8_t> bytes() const { return {bytes_.data(), size_}; }
    std::size_t size_bytes() const { return size_; }
    bool empty() const { return size_ == 0; }

    std::optional<std::uint16_t> mss() const;
    std::optional<std::uint8_t> window_scale() const;
    bool sack_permitted() const;
    std::optional<opt::Timestamps> timestamps() const;
    std::vector<SackBlock> sack_blocks() const;

    friend bool operator==(const TcpOptions& a, const TcpOptions& b)
    {
        return a.size_ == b.size_ &&
               std::equal(a.bytes_.begin(), a.bytes_.begin() + a.size_, b.bytes_.begin());
    }

private:
    std::array<std::uint8_t, kMaxBytes> bytes_{};
    std::uint8_t size_ = 0;
};

} // namespace ackademy::tcp
