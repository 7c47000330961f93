#pragma once
// A TCP segment as a value (RFC 9293 §3.1). The state machine only ever sees this type;
// wire.hpp turns it into bytes and back.

#include "core/tcp/flags.hpp"
#include "core/tcp/options.hpp"
#include "core/tcp/payload.hpp"
#include "core/tcp/seq.hpp"

#include <cstdint>

namespace ackademy::tcp {

struct Segment {
    std::uint16_t src_port = 0;
    std::uint16_t dst_port = 0;
    SeqNum seq = 0;
    SeqNum ack = 0;
    TcpFlags flags;
    std::uint16_t window = 0; ///< the raw 16-bit field, before any window scaling
    std::uint16_t urgent = 0;
    TcpOptions options;
    Payload payload;

    /// SEG.LEN: data octets plus one for SYN plus one for FIN (RFC 9293 §3.4).
    std::uint32_t seg_len() const
    {
        return payload.size() + (flags.syn() ? 1U : 0U) + (flags.fin() ? 1U : 0U);
    }

    friend bool operator==(const Segment&, const Segment&) = default;
};

} // namespace ackademy::tcp
