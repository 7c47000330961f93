#pragma once
// Initial sequence numbers per RFC 9293 §3.4.1 (IS-1..IS-6):
//   ISN = M + F(localip, localport, remoteip, remoteport, secretkey)
// M is a 4 µs clock taken from *virtual* time, F is SipHash-2-4 keyed from the scenario
// seed, so the same scenario and seed always give the same ISNs (IS-3).

#include "core/tcp/seq.hpp"
#include "core/tcp/time.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace ackademy::tcp {

class IsnGenerator {
public:
    /// The 128-bit secret key is derived from `seed` (splitmix64), never from a clock.
    explicit IsnGenerator(std::uint64_t seed);

    /// IS-1 / IS-2. `now` is virtual time; M ticks once every 4 µs and wraps modulo 2^32.
    SeqNum generate(Time now, std::uint32_t local_ip, std::uint16_t local_port, std::uint32_t remote_ip,
                    std::uint16_t remote_port) const;

    /// M alone: the 4 µs clock (IS-1).
    static std::uint32_t clock_ticks(Time now);

    /// The SipHash key for `seed`: the first two outputs of splitmix64 started at `seed`.
    /// Public so tests can pin the derivation (golden traces depend on it).
    static std::array<std::uint64_t, 2> derive_key(std::uint64_t seed);

private:
    std::array<std::uint64_t, 2> key_{};
};

/// SipHash-2-4 (Aumasson & Bernstein) of `data` with a 128-bit key.
std::uint64_t siphash24(const std::array<std::uint64_t, 2>& key, const std::uint8_t* data, std::size_t size);

} // namespace ackademy::tcp
