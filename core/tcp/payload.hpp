#pragma once
// Segment payload: a reference into an immutable chunk of the sending application's stream.
// Segments and retransmissions share the chunk; payload bytes are never copied per segment.

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace ackademy::tcp {

using Bytes = std::vector<std::uint8_t>;

class Payload {
public:
    Payload() = default;
    /// Refers to chunk[offset, offset + size); throws std::out_of_range if that is past the end.
    Payload(std::shared_ptr<const Bytes> chunk, std::uint32_t offset, std::uint32_t size);

    static Payload copy_of(std::span<const std::uint8_t> bytes);
    static Payload from_string(std::string_view text);

    std::span<const std::uint8_t> bytes() const;
    std::uint32_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    /// A sub-range of this payload, sharing the chunk. offset + size must be <= size(),
    /// otherwise std::out_of_range is thrown.
    Payload slice(std::uint32_t offset, std::uint32_t size) const;
    /// True if `next` continues this payload in the same chunk (so the two can be joined without
    /// copying). Payloads without a chunk (empty ones made by Payload() or copy_of({})) never are.
    bool is_followed_by(const Payload& next) const;

    /// Compares the bytes, not the chunks.
    friend bool operator==(const Payload& a, const Payload& b);

private:
    std::shared_ptr<const Bytes> chunk_;
    std::uint32_t offset_ = 0;
    std::uint32_t size_ = 0;
};

} // namespace ackademy::tcp
