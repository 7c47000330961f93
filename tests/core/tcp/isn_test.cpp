// Initial sequence numbers: SipHash-2-4, the 4 us clock and IS-1..IS-3
// (docs: tcp-behaviour.md §3.7).

#include "core/tcp/isn.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>

using namespace ackademy;
using namespace ackademy::tcp;
using namespace std::chrono_literals;

namespace {

constexpr std::uint32_t kHostA = 0x0A000001; // 10.0.0.1
constexpr std::uint32_t kHostB = 0x0A000002; // 10.0.0.2
constexpr std::uint16_t kClientPort = 40000;
constexpr std::uint16_t kServerPort = 80;

SeqNum isn_a_to_b(const IsnGenerator& gen, Time now)
{
    return gen.generate(now, kHostA, kClientPort, kHostB, kServerPort);
}

/// 4 us * 2^32: one full period of M.
constexpr Time kClockPeriod{std::int64_t{4} << 32};

} // namespace

TEST(SipHash, ReferenceVectorsForLengths0To15)
{
    // Aumasson & Bernstein, reference implementation's vectors.h: key 00 01 .. 0f, message
    // 00 01 .. (len-1). Listed here as the 64-bit little-endian value of each 8-byte output
    // (checked against the byte tables of the reference and an independent Python version).
    constexpr std::array<std::uint64_t, 16> want{
        0x726fdb47dd0e0e31ULL, 0x74f839c593dc67fdULL, 0x0d6c8009d9a94f5aULL, 0x85676696d7fb7e2dULL,
        0xcf2794e0277187b7ULL, 0x18765564cd99a68dULL, 0xcbc9466e58fee3ceULL, 0xab0200f58b01d137ULL,
        0x93f5f5799a932462ULL, 0x9e0082df0ba9e4b0ULL, 0x7a5dbbc594ddb9f3ULL, 0xf4b32f46226bada7ULL,
        0x751e8fbc860ee5fbULL, 0x14ea5627c0843d90ULL, 0xf723ca908e7af2eeULL, 0xa129ca6149be45e5ULL,
    };
    const std::array<std::uint64_t, 2> key{0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};
    std::array<std::uint8_t, 15> message{};
    for (std::size_t i = 0; i < message.size(); ++i) message[i] = static_cast<std::uint8_t>(i);
    for (std::size_t len = 0; len < want.size(); ++len) {
        EXPECT_EQ(siphash24(key, message.data(), len), want[len]) << "length " << len;
    }
}

TEST(IsnGenerator, IS3_KeyIsTwoSplitmix64Outputs)
{
    // splitmix64 from state 0: the reference implementation's first two outputs.
    const auto key = IsnGenerator::derive_key(0);
    EXPECT_EQ(key[0], 0xe220a8397b1dcdafULL);
    EXPECT_EQ(key[1], 0x6e789e6aa1b965f4ULL);
}

TEST(IsnGenerator, IS1_ClockTicksEveryFourMicroseconds)
{
    EXPECT_EQ(IsnGenerator::clock_ticks(0us), 0U);
    EXPECT_EQ(IsnGenerator::clock_ticks(3us), 0U);
    EXPECT_EQ(IsnGenerator::clock_ticks(4us), 1U);
    EXPECT_EQ(IsnGenerator::clock_ticks(7us), 1U);
    EXPECT_EQ(IsnGenerator::clock_ticks(8us), 2U);
    EXPECT_EQ(IsnGenerator::clock_ticks(1s), 250000U);
}

TEST(IsnGenerator, IS1_FourMicrosecondsLaterGivesIsnPlusOne)
{
    const IsnGenerator gen(42);
    EXPECT_EQ(isn_a_to_b(gen, 4us), isn_a_to_b(gen, 0us) + 1);
    EXPECT_EQ(isn_a_to_b(gen, 1001us), isn_a_to_b(gen, 997us) + 1);
    EXPECT_EQ(isn_a_to_b(gen, 1s), isn_a_to_b(gen, 0us) + 250000);
}

TEST(IsnGenerator, IS1_ThreeMicrosecondsLaterGivesSameIsn)
{
    const IsnGenerator gen(42);
    EXPECT_EQ(isn_a_to_b(gen, 3us), isn_a_to_b(gen, 0us));
    EXPECT_EQ(isn_a_to_b(gen, 1003us), isn_a_to_b(gen, 1000us));
}

TEST(IsnGenerator, IS1_ClockWrapsModulo2To32)
{
    EXPECT_EQ(IsnGenerator::clock_ticks(kClockPeriod - 4us), 0xFFFFFFFFU);
    EXPECT_EQ(IsnGenerator::clock_ticks(kClockPeriod), 0U);
    EXPECT_EQ(IsnGenerator::clock_ticks(kClockPeriod + 4us), 1U);

    const IsnGenerator gen(42);
    // One period later the same tuple gets the same ISN again ...
    EXPECT_EQ(isn_a_to_b(gen, kClockPeriod), isn_a_to_b(gen, 0us));
    // ... and the tick before the wrap is exactly one behind, modulo 2^32.
    EXPECT_EQ(static_cast<SeqNum>(isn_a_to_b(gen, kClockPeriod - 4us) + 1), isn_a_to_b(gen, kClockPeriod));
    // M + F itself wraps: at M = 2^32 - 1 the ISN is F - 1 (F = 2314278497, see golden test).
    EXPECT_EQ(isn_a_to_b(gen, kClockPeriod - 4us), 2314278496U);
}

TEST(IsnGenerator, IS2_DifferentFourTupleGivesDifferentIsn)
{
    const IsnGenerator gen(42);
    const SeqNum base = isn_a_to_b(gen, 0us);
    EXPECT_NE(gen.generate(0us, kHostA, kClientPort + 1, kHostB, kServerPort), base); // local port
    EXPECT_NE(gen.generate(0us, kHostA + 1, kClientPort, kHostB, kServerPort), base); // local IP
    EXPECT_NE(gen.generate(0us, kHostA, kClientPort, kHostB + 1, kServerPort), base); // remote IP
    EXPECT_NE(gen.generate(0us, kHostA, kClientPort, kHostB, kServerPort + 1), base); // remote port
    EXPECT_NE(gen.generate(0us, kHostB, kServerPort, kHostA, kClientPort), base);     // other end
    // Neighbouring ports are not neighbouring ISNs: F is a PRF, not a counter.
    const SeqNum next_port = gen.generate(0us, kHostA, kClientPort + 1, kHostB, kServerPort);
    EXPECT_NE(next_port, base + 1);
    EXPECT_NE(next_port + 1, base);
}

TEST(IsnGenerator, IS3_SameSeedSameIsnDifferentSeedDifferentIsn)
{
    const IsnGenerator a(42);
    const IsnGenerator b(42);
    const IsnGenerator c(1);
    EXPECT_EQ(isn_a_to_b(a, 123456us), isn_a_to_b(b, 123456us));
    EXPECT_NE(isn_a_to_b(a, 123456us), isn_a_to_b(c, 123456us));
}

TEST(IsnGenerator, IS3_GoldenValuesPinKeyAndByteOrder)
{
    // Computed with an independent Python implementation of splitmix64 + SipHash-2-4 over
    // local_ip | local_port | remote_ip | remote_port in network byte order. If these
    // change, every recorded timeline and golden trace changes with them.
    const IsnGenerator seed42(42);
    EXPECT_EQ(isn_a_to_b(seed42, 0us), 2314278497U);
    EXPECT_EQ(isn_a_to_b(seed42, 1s), 2314528497U);
    EXPECT_EQ(seed42.generate(0us, kHostB, kServerPort, kHostA, kClientPort), 3557238056U);
    const IsnGenerator seed1(1);
    EXPECT_EQ(isn_a_to_b(seed1, 0us), 974021410U);
}
