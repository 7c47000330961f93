#include "core/tcp/options.hpp"

#include <stdexcept>
#include <string_view>

namespace ackademy::tcp {

namespace {

// Fixed option lengths, kind and length octets included (RFC 9293 §3.2, RFC 7323, RFC 2018).
constexpr std::uint8_t kMssLength = 4;
constexpr std::uint8_t kWindowScaleLength = 3;
constexpr std::uint8_t kSackPermittedLength = 2;
constexpr std::uint8_t kTimestampsLength = 10;
constexpr std::size_t kSackBlockLength = 8;
constexpr std::size_t kMaxSackBlocks = 4;
constexpr std::size_t kKindAndLength = 2;

using Bytes = std::vector<std::uint8_t>;

std::string_view kind_name(std::uint8_t kind)
{
    switch (kind) {
    case opt::kEol:
        return "EOL";
    case opt::kNop:
        return "NOP";
    case opt::kMss:
        return "MSS";
    case opt::kWindowScale:
        return "window scale";
    case opt::kSackPermitted:
        return "SACK permitted";
    case opt::kSack:
        return "SACK";
    case opt::kTimestamps:
        return "timestamps";
    default:
        return {};
    }
}

bool is_known_kind(std::uint8_t kind)
{
    return !kind_name(kind).empty();
}

/// "option kind 2 (MSS)" or "option kind 30" for kinds we do not decode.
std::string describe(std::uint8_t kind)
{
    std::string text = "option kind " + std::to_string(kind);
    if (const auto name = kind_name(kind); !name.empty()) {
        text += " (";
        text += name;
        text += ')';
    }
    return text;
}

/// The one length a fixed-size option must have, if it has one.
std::optional<std::size_t> fixed_length(std::uint8_t kind)
{
    switch (kind) {
    case opt::kMss:
        return kMssLength;
    case opt::kWindowScale:
        return kWindowScaleLength;
    case opt::kSackPermitted:
        return kSackPermittedLength;
    case opt::kTimestamps:
        return kTimestampsLength;
    default:
        return std::nullopt;
    }
}

bool is_valid_sack_length(std::size_t length)
{
    const std::size_t blocks = (length - kKindAndLength) / kSackBlockLength;
    return length > kKindAndLength && (length - kKindAndLength) % kSackBlockLength == 0 &&
           blocks <= kMaxSackBlocks;
}

// ---- big-endian helpers (network byte order) -------------------------------------------

/// Writes one option into a TcpOptions' byte array after the options already there. Past
/// the 40th byte nothing is written and fits() turns false.
class OptionWriter {
public:
    OptionWriter(std::array<std::uint8_t, TcpOptions::kMaxBytes>& bytes, std::size_t at)
        : bytes_(bytes), end_(at)
    {}
    void push_back(std::uint8_t b)
    {
        if (end_ < bytes_.size()) bytes_[end_] = b;
        ++end_;
    }
    void put(std::initializer_list<std::uint8_t> bytes)
    {
        for (std::uint8_t b : bytes) push_back(b);
    }
    bool fits() const { return end_ <= bytes_.size(); }
    std::size_t end() const { return end_; }

private:
    std::array<std::uint8_t, TcpOptions::kMaxBytes>& bytes_;
    std::size_t end_;
};

template <typename Out> void put_u16(Out& out, std::uint16_t value)
{
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

template <typename Out> void put_u32(Out& out, std::uint32_t value)
{
    put_u16(out, static_cast<std::uint16_t>(value >> 16));
    put_u16(out, static_cast<std::uint16_t>(value));
}

std::uint16_t get_u16(std::span<const std::uint8_t> in, std::size_t at)
{
    return static_cast<std::uint16_t>((in[at] << 8) | in[at + 1]);
}

std::uint32_t get_u32(std::span<const std::uint8_t> in, std::size_t at)
{
    return (std::uint32_t{get_u16(in, at)} << 16) | get_u16(in, at + 2);
}

// ---- encoding ---------------------------------------------------------------------------

/// Writes the wire form of one option; false if the value cannot be encoded (a SACK with
/// 0 or more than 4 blocks, an Unknown that uses a kind we decode, or one too long).
struct Encoder {
    OptionWriter& out;

    bool operator()(const opt::Eol&) const
    {
        out.push_back(opt::kEol);
        return true;
    }
    bool operator()(const opt::Nop&) const
    {
        out.push_back(opt::kNop);
        return true;
    }
    bool operator()(const opt::Mss& mss) const
    {
        out.put({opt::kMss, kMssLength});
        put_u16(out, mss.value);
        return true;
    }
    bool operator()(const opt::WindowScale& ws) const
    {
        out.put({opt::kWindowScale, kWindowScaleLength, ws.shift});
        return true;
    }
    bool operator()(const opt::SackPermitted&) const
    {
        out.put({opt::kSackPermitted, kSackPermittedLength});
        return true;
    }
    bool operator()(const opt::Sack& sack) const
    {
        if (sack.blocks.empty() || sack.blocks.size() > kMaxSackBlocks) return false;
        const auto length = static_cast<std::uint8_t>(kKindAndLength + kSackBlockLength * sack.blocks.size());
        out.put({opt::kSack, length});
        for (const auto& block : sack.blocks) {
            put_u32(out, block.left);
            put_u32(out, block.right);
        }
        return true;
    }
    bool operator()(const opt::Timestamps& ts) const
    {
        out.put({opt::kTimestamps, kTimestampsLength});
        put_u32(out, ts.val);
        put_u32(out, ts.ecr);
        return true;
    }
    bool operator()(const opt::Unknown& unknown) const
    {
        // A known kind written as Unknown would not decode back to Unknown; refuse it so
        // that list() always returns what was pushed.
        if (is_known_kind(unknown.kind)) return false;
        if (unknown.data.size() > TcpOptions::kMaxBytes - kKindAndLength) return false;
        out.put({unknown.kind, static_cast<std::uint8_t>(kKindAndLength + unknown.data.size())});
        for (std::uint8_t b : unknown.data) out.push_back(b);
        return true;
    }
};

// ---- decoding ---------------------------------------------------------------------------

/// Decodes one option whose bytes (kind, length, data) were already validated by parse().
TcpOption decode_option(std::span<const std::uint8_t> option)
{
    const std::uint8_t kind = option[0];
    switch (kind) {
    case opt::kEol:
        return opt::Eol{};
    case opt::kNop:
        return opt::Nop{};
    case opt::kMss:
        return opt::Mss{get_u16(option, 2)};
    case opt::kWindowScale:
        return opt::WindowScale{option[2]};
    case opt::kSackPermitted:
        return opt::SackPermitted{};
    case opt::kTimestamps:
        return opt::Timestamps{get_u32(option, 2), get_u32(option, 6)};
    case opt::kSack: {
        opt::Sack sack;
        for (std::size_t at = kKindAndLength; at + kSackBlockLength <= option.size();
             at += kSackBlockLength) {
            sack.blocks.push_back({get_u32(option, at), get_u32(option, at + 4)});
        }
        return sack;
    }
    default:
        return opt::Unknown{kind, Bytes(option.begin() + 2, option.end())};
    }
}

/// Calls visit(option bytes) for each option of already validated bytes, up to and
/// including EOL; what follows EOL is padding (OP-4, MUST-69) and is not visited.
template <typename Visit> void for_each_option(std::span<const std::uint8_t> bytes, Visit visit)
{
    std::size_t at = 0;
    while (at < bytes.size()) {
        const std::uint8_t kind = bytes[at];
        const std::size_t length = (kind == opt::kEol || kind == opt::kNop) ? 1 : bytes[at + 1];
        visit(bytes.subspan(at, length));
        if (kind == opt::kEol) return;
        at += length;
    }
}

/// Checks the option starting at `at`; returns its length or sets `error`.
std::optional<std::size_t> check_option(std::span<const std::uint8_t> bytes, std::size_t at,
                                        std::string& error)
{
    const std::uint8_t kind = bytes[at];
    if (kind == opt::kEol || kind == opt::kNop) return 1;
    const std::string where = describe(kind) + " at offset " + std::to_string(at);
    if (at + 1 >= bytes.size()) {
        error = where + " has no length byte, expected one after the kind";
        return std::nullopt;
    }
    const std::size_t length = bytes[at + 1];
    if (length < kKindAndLength) {
        // OP-4 (MUST-7): a length of 0 or 1 would loop forever or overlap the next option.
        error = where + " has length " + std::to_string(length) + ", expected at least 2";
        return std::nullopt;
    }
    const std::size_t remaining = bytes.size() - at;
    if (length > remaining) {
        error = where + " has length " + std::to_string(length) + ", but only " + std::to_string(remaining) +
                " bytes of options remain";
        return std::nullopt;
    }
    if (const auto expected = fixed_length(kind); expected && length != *expected) {
        error = describe(kind) + " has length " + std::to_string(length) + ", expected " +
                std::to_string(*expected);
        return std::nullopt;
    }
    if (kind == opt::kSack && !is_valid_sack_length(length)) {
        error = describe(kind) + " has length " + std::to_string(length) +
                ", expected 2 + 8 per block (10, 18, 26 or 34)";
        return std::nullopt;
    }
    return length;
}

} // namespace

TcpOptions::TcpOptions(std::initializer_list<TcpOption> options)
{
    for (const auto& option : options) {
        std::array<std::uint8_t, kMaxBytes> scratch{};
        OptionWriter probe(scratch, 0);
        if (!std::visit(Encoder{probe}, option))
            throw std::invalid_argument("TcpOptions: an option value cannot be encoded");
        if (!push(option)) {
            throw std::length_error("TcpOptions: the options exceed " + std::to_string(kMaxBytes) + " bytes");
        }
    }
}

bool TcpOptions::push(const TcpOption& option)
{
    // Encoded straight into bytes_ after the options already there, not into a temporary that
    // is then copied in: copying bytes right after writing them one by one stalls the CPU's
    // store forwarding (a tenth of a bulk transfer's time; docs/performance.md).
    OptionWriter out(bytes_, size_);
    if (!std::visit(Encoder{out}, option) || !out.fits()) {
        // Refused: the bytes past size_ are zero again, as if nothing had been written.
        std::fill(bytes_.begin() + size_, bytes_.end(), std::uint8_t{0});
        return false;
    }
    size_ = static_cast<std::uint8_t>(out.end());
    return true;
}

std::optional<TcpOptions> TcpOptions::parse(std::span<const std::uint8_t> bytes, std::string* error)
{
    std::string reason;
    if (bytes.size() > kMaxBytes) {
        reason = "TCP options are " + std::to_string(bytes.size()) + " bytes long, expected at most " +
                 std::to_string(kMaxBytes);
    }
    for (std::size_t at = 0; reason.empty() && at < bytes.size() && bytes[at] != opt::kEol;) {
        const auto length = check_option(bytes, at, reason);
        if (length) at += *length;
    }
    if (!reason.empty()) {
        if (error) *error = reason;
        return std::nullopt;
    }
    // Bytes after EOL are kept as they are, so the header is reproduced byte for byte.
    TcpOptions options;
    std::copy(bytes.begin(), bytes.end(), options.bytes_.begin());
    options.size_ = static_cast<std::uint8_t>(bytes.size());
    return options;
}

std::vector<TcpOption> TcpOptions::list() const
{
    std::vector<TcpOption> options;
    for_each_option(bytes(),
                    [&](std::span<const std::uint8_t> option) { options.push_back(decode_option(option)); });
    return options;
}

namespace {

/// The first option of `kind`, if any. Nothing forbids a kind appearing twice; the
/// accessors then report the first one, which is also the one tcpdump prints first.
std::optional<std::span<const std::uint8_t>> find(std::span<const std::uint8_t> bytes, std::uint8_t kind)
{
    std::optional<std::span<const std::uint8_t>> found;
    for_each_option(bytes, [&](std::span<const std::uint8_t> option) {
        if (!found && option[0] == kind) found = option;
    });
    return found;
}

} // namespace

std::optional<std::uint16_t> TcpOptions::mss() const
{
    const auto option = find(bytes(), opt::kMss);
    if (!option) return std::nullopt;
    return get_u16(*option, 2);
}

std::optional<std::uint8_t> TcpOptions::window_scale() const
{
    const auto option = find(bytes(), opt::kWindowScale);
    if (!option) return std::nullopt;
    return (*option)[2];
}

bool TcpOptions::sack_permitted() const
{
    return find(bytes(), opt::kSackPermitted).has_value();
}

std::optional<opt::Timestamps> TcpOptions::timestamps() const
{
    const auto option = find(bytes(), opt::kTimestamps);
    if (!option) return std::nullopt;
    return opt::Timestamps{get_u32(*option, 2), get_u32(*option, 6)};
}

std::vector<SackBlock> TcpOptions::sack_blocks() const
{
    const auto option = find(bytes(), opt::kSack);
    if (!option) return {};
    return std::get<opt::Sack>(decode_option(*option)).blocks;
}

} // namespace ackademy::tcp
