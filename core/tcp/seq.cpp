#include "core/tcp/seq.hpp"

namespace ackademy::tcp {

std::uint32_t seq_relative(SeqNum x, SeqNum base) noexcept
{
    return x - base; // unsigned 32-bit, exactly as tcpdump prints it (TD-16)
}

} // namespace ackademy::tcp
