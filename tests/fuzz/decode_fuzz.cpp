// libFuzzer target for the IPv4+TCP decoder (PC-10: our own packets must always decode).
//
// Any input must be either rejected with an error or decoded; a decoded packet must survive
// encode -> decode unchanged, and encoding it again must give the same bytes. ASan/UBSan
// (the `fuzz` preset) catch any read outside the input.
#include "core/tcp/wire.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ackademy::tcp;

namespace {

void check(bool condition)
{
    if (!condition) std::abort();
}

void exercise_decoded(const Packet& packet)
{
    // The typed views must agree with the stored bytes (they walk them independently).
    const auto options = packet.tcp.options.list();
    check(options.size() <= packet.tcp.options.size_bytes());
    (void)packet.tcp.options.sack_blocks();
    const auto letters = packet.tcp.flags.tcpdump_letters();
    const auto parsed = TcpFlags::from_tcpdump_letters(letters);
    check(parsed.has_value() && parsed->bits == (packet.tcp.flags.bits & 0xFF));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto first = decode({data, size});
    check(first.packet.has_value() != first.error.has_value());
    if (!first) return 0;
    exercise_decoded(*first.packet);

    // IP options and reserved bits are dropped, so compare values, not the input bytes.
    const Bytes encoded = encode(*first.packet);
    const auto second = decode(encoded);
    check(second.packet.has_value());
    check(*second.packet == *first.packet);
    check(encode(*second.packet) == encoded);
    return 0;
}
