#pragma once
// The one seeded generator behind all randomness of a run (determinism: the same seed gives
// the same run on every platform). Raw 64-bit outputs are mapped to probabilities here,
// not by library distributions, whose results differ between standard libraries.

#include <cstdint>

namespace ackademy::sim {

/// splitmix64 (Steele, Lea, Flood): tiny, fast, and well distributed for simulation use.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// True with probability p (0..1): compares 53 random bits with p scaled to 2^53.
    bool chance(double p)
    {
        if (p <= 0.0) return false;
        if (p >= 1.0) return true;
        constexpr double two53 = 9007199254740992.0;
        const auto threshold = static_cast<std::uint64_t>(p * two53);
        return (next() >> 11) < threshold;
    }

    /// Uniform integer in [-range, +range].
    std::int64_t symmetric(std::int64_t range)
    {
        if (range <= 0) return 0;
        const auto span = static_cast<std::uint64_t>(2 * range + 1);
        return static_cast<std::int64_t>(next() % span) - range;
    }

private:
    std::uint64_t state_;
};

} // namespace ackademy::sim
