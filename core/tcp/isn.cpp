// ISN = M + F(localip, localport, remoteip, remoteport, secretkey)   (IS-1..IS-3)
//
// M: a 4 us clock of *virtual* time, modulo 2^32 (IS-1, MUST-8). One full cycle takes
//    2^32 * 4 us = 17180 s = 4.77 h; RFC 9293's "approximately 4.55 hours" is the same
//    count read as 2^34 / 2^20 = 16384 s.
// F: SipHash-2-4 (a keyed PRF, IS-2 / MUST-9), low 32 bits, keyed from the scenario seed
//    through splitmix64, so the same scenario and seed give the same ISNs (IS-3).
//    Linux also uses siphash here (IS-4), though with a 64 ns clock; the RFC's 4 us clock
//    is used for every profile so that "Δt = 4 us => ISN + 1" can be shown in class.
//
// Hashed bytes (fixed order, independent of host endianness), 12 octets:
//    local_ip (4, network byte order) | local_port (2, network byte order) |
//    remote_ip (4, network byte order) | remote_port (2, network byte order)
// i.e. the RFC's argument order, as the octets appear in the IP and TCP headers.

#include "core/tcp/isn.hpp"

#include <cstddef>

namespace ackademy::tcp {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}

struct SipState {
    std::uint64_t v0, v1, v2, v3;

    void round()
    {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }

    void compress(std::uint64_t m)
    {
        v3 ^= m;
        round(); // c = 2 compression rounds
        round();
        v0 ^= m;
    }
};

/// Little-endian load of `n` (<= 8) bytes, as SipHash specifies.
std::uint64_t load_le(const std::uint8_t* p, std::size_t n)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v |= std::uint64_t{p[i]} << (8 * i);
    return v;
}

/// splitmix64 (Steele, Lea, Flood 2014; Vigna's reference): one step.
std::uint64_t splitmix64_next(std::uint64_t& state)
{
    state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

std::uint64_t siphash24(const std::array<std::uint64_t, 2>& key, const std::uint8_t* data, std::size_t size)
{
    // Aumasson & Bernstein, "SipHash: a fast short-input PRF" (2012), §2.
    SipState s{key[0] ^ 0x736f6d6570736575ULL, key[1] ^ 0x646f72616e646f6dULL, key[0] ^ 0x6c7967656e657261ULL,
               key[1] ^ 0x7465646279746573ULL};
    const std::size_t full = size - size % 8;
    for (std::size_t i = 0; i < full; i += 8) s.compress(load_le(data + i, 8));
    // Last block: the remaining 0..7 bytes, and the message length mod 256 in the top byte.
    const std::uint64_t last = (std::uint64_t{size & 0xffU} << 56) | load_le(data + full, size - full);
    s.compress(last);
    s.v2 ^= 0xff;
    for (int i = 0; i < 4; ++i) s.round(); // d = 4 finalization rounds
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

std::array<std::uint64_t, 2> IsnGenerator::derive_key(std::uint64_t seed)
{
    // The key never comes from a clock (IS-3): two consecutive splitmix64 outputs.
    std::uint64_t state = seed;
    const std::uint64_t k0 = splitmix64_next(state);
    const std::uint64_t k1 = splitmix64_next(state);
    return {k0, k1};
}

IsnGenerator::IsnGenerator(std::uint64_t seed) : key_(derive_key(seed)) {}

std::uint32_t IsnGenerator::clock_ticks(Time now)
{
    // IS-1: one tick every 4 us. Floor division so that (hypothetical) negative times
    // still tick uniformly; the conversion to uint32 is the modulo-2^32 wrap (C++20).
    const Time::rep us = now.count();
    Time::rep ticks = us / 4;
    if (us % 4 < 0) --ticks;
    return static_cast<std::uint32_t>(ticks);
}

SeqNum IsnGenerator::generate(Time now, std::uint32_t local_ip, std::uint16_t local_port,
                              std::uint32_t remote_ip, std::uint16_t remote_port) const
{
    // Byte order: see the top of this file.
    const std::array<std::uint8_t, 12> tuple{
        static_cast<std::uint8_t>(local_ip >> 24),   static_cast<std::uint8_t>(local_ip >> 16),
        static_cast<std::uint8_t>(local_ip >> 8),    static_cast<std::uint8_t>(local_ip),
        static_cast<std::uint8_t>(local_port >> 8),  static_cast<std::uint8_t>(local_port),
        static_cast<std::uint8_t>(remote_ip >> 24),  static_cast<std::uint8_t>(remote_ip >> 16),
        static_cast<std::uint8_t>(remote_ip >> 8),   static_cast<std::uint8_t>(remote_ip),
        static_cast<std::uint8_t>(remote_port >> 8), static_cast<std::uint8_t>(remote_port),
    };
    const auto f = static_cast<std::uint32_t>(siphash24(key_, tuple.data(), tuple.size()));
    // IS-2: ISN = M + F, modulo 2^32 (unsigned arithmetic wraps).
    return clock_ticks(now) + f;
}

} // namespace ackademy::tcp
