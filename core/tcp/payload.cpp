#include "core/tcp/payload.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace ackademy::tcp {

namespace {

// offset + size <= limit without overflowing 32 bits.
bool fits(std::uint64_t offset, std::uint64_t size, std::uint64_t limit)
{
    return offset + size <= limit;
}

} // namespace

Payload::Payload(std::shared_ptr<const Bytes> chunk, std::uint32_t offset, std::uint32_t size)
    : chunk_(std::move(chunk)), offset_(offset), size_(size)
{
    const std::uint64_t available = chunk_ ? chunk_->size() : 0;
    if (!fits(offset_, size_, available)) {
        throw std::out_of_range("Payload range " + std::to_string(offset_) + "+" + std::to_string(size_) +
                                " is past the end of a chunk of " + std::to_string(available) + " bytes");
    }
}

Payload Payload::copy_of(std::span<const std::uint8_t> bytes)
{
    if (bytes.empty()) return {};
    auto chunk = std::make_shared<const Bytes>(bytes.begin(), bytes.end());
    const auto size = static_cast<std::uint32_t>(chunk->size());
    return Payload(std::move(chunk), 0, size);
}

Payload Payload::from_string(std::string_view text)
{
    const auto* first = reinterpret_cast<const std::uint8_t*>(text.data());
    return copy_of({first, text.size()});
}

std::span<const std::uint8_t> Payload::bytes() const
{
    if (!chunk_) return {};
    return std::span<const std::uint8_t>(*chunk_).subspan(offset_, size_);
}

Payload Payload::slice(std::uint32_t offset, std::uint32_t size) const
{
    if (!fits(offset, size, size_)) {
        throw std::out_of_range("Payload slice " + std::to_string(offset) + "+" + std::to_string(size) +
                                " is past the end of a payload of " + std::to_string(size_) + " bytes");
    }
    return Payload(chunk_, offset_ + offset, size);
}

bool Payload::is_followed_by(const Payload& next) const
{
    // Only the same chunk can be joined without copying; two empty payloads have no chunk.
    return chunk_ != nullptr && chunk_ == next.chunk_ && offset_ + size_ == next.offset_;
}

bool operator==(const Payload& a, const Payload& b)
{
    return std::ranges::equal(a.bytes(), b.bytes());
}

} // namespace ackademy::tcp
