#include "core/scenario/builtin.hpp"

#include "core/scenario/suggest.hpp"

#include "core/scenario/json.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace ackademy::scenario {

namespace {

struct Entry {
    std::string_view name;
    std::string_view json;
};

// Each lesson is a scenario file, kept verbatim so `ackademy-cli show NAME` prints it.
// Hosts: A = 192.168.1.116:3337 (ISN 3626544836), B = 192.168.1.123:7788 (ISN 1739326486).
// clang-format off
constexpr Entry kBuiltins[] = {
    {"handshake", R"json({
  "name": "handshake",
  "title": "The three-way handshake",
  "description": "Host B listens; host A opens the connection. A sends SYN with its initial sequence number, B answers SYN,ACK with its own ISN and acknowledges A's ISN + 1, and A acknowledges B's ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"}
  ]
}
)json"},
    {"handshake-data-close", R"json({
  "name": "handshake-data-close",
  "title": "A whole connection: open, exchange data, close",
  "description": "The life of a connection in one picture. After the handshake A sends a request and B a reply; each side acknowledges the other's bytes by the next sequence number it expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "data": "GET /index.html\r\n"},
    {"at_ms": 400, "host": "B", "do": "send", "data": "HTTP/1.0 200 OK\r\n\r\nhello"},
    {"at_ms": 600, "host": "A", "do": "close"},
    {"at_ms": 800, "host": "B", "do": "close"}
  ]
}
)json"},
    {"syn-lost", R"json({
  "name": "syn-lost",
  "title": "The first SYN is lost",
  "description": "A's SYN never reaches B. Nothing comes back, so A's retransmission timer expires after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same initial sequence number. The second SYN gets through and the handshake completes one RTO late.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"}
  ],
  "drops": ["A:S"]
}
)json"},
    {"synack-lost", R"json({
  "name": "synack-lost",
  "title": "The SYN,ACK is lost",
  "description": "B answers A's SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as before; whichever retransmission arrives first lets the handshake finish.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"}
  ],
  "drops": ["B:S."]
}
)json"},
    {"ack-lost", R"json({
  "name": "ack-lost",
  "title": "The last ACK of the handshake is lost",
  "description": "A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B stays in SYN-RECEIVED. B's timer expires and it retransmits its SYN,ACK; A sees an old, already-acknowledged segment and answers with an ACK, which finally moves B to ESTABLISHED.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"}
  ],
  "drops": ["A:."]
}
)json"},
    {"syn-timeout", R"json({
  "name": "syn-timeout",
  "title": "Nobody answers: the connection attempt times out",
  "description": "Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout each time (exponential backoff), until it reaches its retry limit and gives up: the application is told the connection timed out. Compare the rfc and linux profiles: they differ in the initial timeout and in the number of retries.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"}
  ],
  "drops": ["A:S", "A:S#2", "A:S#3", "A:S#4", "A:S#5", "A:S#6", "A:S#7", "A:S#8", "A:S#9", "A:S#10", "A:S#11", "A:S#12"],
  "until_ms": 1000000
}
)json"},
    {"port-closed", R"json({
  "name": "port-closed",
  "title": "Connection refused: nobody listens on the port",
  "description": "B is up, but no application listens on port 7788. B's TCP answers A's SYN with a reset: RST,ACK with sequence number 0 and an acknowledgment of A's ISN + 1, so that A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the application is told the connection was refused (RFC 9293 calls it 'connection reset').",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "A", "do": "connect"}
  ]
}
)json"},
    {"simultaneous-open", R"json({
  "name": "simultaneous-open",
  "title": "Simultaneous open: both sides connect at once",
  "description": "A and B both actively open a connection to each other at the same moment, so their SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its receiver. Each side then acknowledges the other's SYN,ACK: six segments instead of three, and a single connection (RFC 9293 Figure 7).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 0, "host": "B", "do": "connect"}
  ]
}
)json"},
    {"simultaneous-close", R"json({
  "name": "simultaneous-close",
  "title": "Simultaneous close: the FINs cross",
  "description": "Both applications close at the same moment, so the two FINs cross. Each side receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC 9293 Figure 13).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 500, "host": "A", "do": "close"},
    {"at_ms": 500, "host": "B", "do": "close"}
  ]
}
)json"},
    {"old-duplicate-syn", R"json({
  "name": "old-duplicate-syn",
  "title": "An old duplicate SYN arrives",
  "description": "A SYN from A's previous incarnation (sequence number ISN - 100) was held up in the network; A has since crashed and is connecting again. The old SYN reaches B first and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own SYN and answers with a reset whose sequence number is that unacceptable acknowledgment number. B returns to LISTEN, and when A's real SYN arrives the handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link delivers segments in order, so here it is lost and its retransmission plays that part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect", "isn": 3626544736},
    {"at_ms": 10, "host": "A", "do": "crash"},
    {"at_ms": 1000, "host": "A", "do": "connect"}
  ],
  "delays": [{"match": "A:S", "extra_ms": 1000}],
  "drops": ["A:S#2"]
}
)json"},
    {"half-open", R"json({
  "name": "half-open",
  "title": "Half-open connection: A crashes and reconnects",
  "description": "A and B are connected when A crashes and loses all memory of the connection; B still believes it is ESTABLISHED. When A opens a new connection from the same port, B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no sense to A, which answers with a reset; the reset tells B the old connection is dead and B aborts it (RFC 9293 Figure 9).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "data": "hello"},
    {"at_ms": 400, "host": "A", "do": "crash"},
    {"at_ms": 600, "host": "A", "do": "connect", "isn": 400}
  ]
}
)json"},
    {"half-open-data", R"json({
  "name": "half-open-data",
  "title": "Half-open connection: B sends to a crashed A",
  "description": "A crashes while connected and forgets the connection. B does not know and sends data. The segment arrives at a host with no matching connection, so A's TCP answers with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "data": "hello"},
    {"at_ms": 400, "host": "A", "do": "crash"},
    {"at_ms": 600, "host": "B", "do": "send", "data": "are you there?"}
  ]
}
)json"},
    {"fin-lost-time-wait", R"json({
  "name": "fin-lost-time-wait",
  "title": "Why TIME-WAIT exists: the last ACK is lost",
  "description": "A closes first, B closes in turn, and A acknowledges B's FIN and enters TIME-WAIT. That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). Without TIME-WAIT, A would have answered with a reset and B would report an error for a connection that closed cleanly.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "close"},
    {"at_ms": 400, "host": "B", "do": "close"}
  ],
  "drops": ["A:.#2"]
}
)json"},
    {"abort-rst", R"json({
  "name": "abort-rst",
  "title": "Abort: closing with a reset",
  "description": "Instead of the polite FIN exchange, A's application aborts the connection. A sends a single RST and forgets the connection at once; B accepts the reset because its sequence number is in the window, drops the connection and tells its application 'connection reset by peer'. Nothing is acknowledged and there is no TIME-WAIT.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "data": "hello"},
    {"at_ms": 500, "host": "A", "do": "abort"}
  ]
}
)json"},
    {"data-loss-rto", R"json({
  "name": "data-loss-rto",
  "title": "A lost data segment is retransmitted on timeout",
  "description": "A sends three full-sized segments and the first is lost. (Under the linux profile every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) B receives the second and third out of order, keeps them, and each time acknowledges again the first byte it is still missing: duplicate ACKs. Two duplicates are not enough for fast retransmit, so A waits for its retransmission timer, resends the missing segment, and a single cumulative ACK then covers all three (RFC 6298).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "bytes": 4380}
  ],
  "drops": ["A:.#2"]
}
)json"},
    {"fast-retransmit", R"json({
  "name": "fast-retransmit",
  "title": "Fast retransmit after three duplicate ACKs",
  "description": "A sends a stream of data and one segment is lost. Each later segment that reaches B produces a duplicate ACK for the missing byte. After the third duplicate ACK, A does not wait for its timer: it retransmits the missing segment at once and halves its congestion window (fast retransmit and fast recovery, RFC 5681).",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "bytes": 30000}
  ],
  "drops": ["A:.#4"]
}
)json"},
    {"zero-window", R"json({
  "name": "zero-window",
  "title": "Flow control: the receive window closes",
  "description": "B's application stops reading, so received data piles up in B's buffer and the window B advertises shrinks, segment by segment, to zero. A must stop sending; when it has more to send it probes the closed window with its persist timer (one byte, backing off), so that it notices when space opens. When B's application reads again, B announces the open window and the transfer resumes.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 150, "host": "B", "do": "pause-reading"},
    {"at_ms": 200, "host": "A", "do": "send", "bytes": 65535},
    {"at_ms": 1000, "host": "A", "do": "send", "bytes": 20000},
    {"at_ms": 8000, "host": "B", "do": "resume-reading"}
  ]
}
)json"},
    {"lossy-link", R"json({
  "name": "lossy-link",
  "title": "Bulk transfer over a lossy link",
  "description": "A sends 50 kB over a link that loses one segment in five in each direction. Watch TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission timeouts with backoff, and a congestion window that keeps shrinking. Change the seed to see a different pattern of losses.",
  "profile": "rfc",
  "seed": 1,
  "hosts": {
    "A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
    "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}
  },
  "link": {"delay_ms": 50, "loss": 0.2},
  "actions": [
    {"at_ms": 0, "host": "B", "do": "listen"},
    {"at_ms": 0, "host": "A", "do": "connect"},
    {"at_ms": 200, "host": "A", "do": "send", "bytes": 50000}
  ]
}
)json"},
};
// clang-format on

const Entry* find_entry(std::string_view name)
{
    for (const auto& e : kBuiltins)
        if (e.name == name) return &e;
    return nullptr;
}

sim::Scenario load_entry(const Entry& e)
{
    LoadResult r = load_scenario_text(e.json, "builtin:" + std::string(e.name));
    // A broken built-in is a programming error caught by the tests.
    if (!r.scenario) throw std::logic_error(r.error);
    return std::move(*r.scenario);
}

} // namespace

std::vector<BuiltinInfo> builtin_scenarios()
{
    std::vector<BuiltinInfo> out;
    for (const auto& e : kBuiltins) {
        sim::Scenario s = load_entry(e);
        out.push_back({std::move(s.name), std::move(s.title), std::move(s.description)});
    }
    return out;
}

std::optional<sim::Scenario> builtin_scenario(std::string_view name)
{
    const Entry* e = find_entry(name);
    if (e == nullptr) return std::nullopt;
    return load_entry(*e);
}

std::optional<std::string_view> builtin_scenario_json(std::string_view name)
{
    const Entry* e = find_entry(name);
    if (e == nullptr) return std::nullopt;
    return e->json;
}

std::vector<std::string> nearest_builtin_names(std::string_view name)
{
    std::vector<std::pair<std::size_t, std::string_view>> scored;
    for (const auto& e : kBuiltins) {
        std::size_t d = edit_distance(name, e.name);
        // A prefix or a part of the name ("syn", "close") is a strong hint too.
        if (!name.empty() && e.name.find(name) != std::string_view::npos) d = std::min<std::size_t>(d, 1);
        // Plausible: at most a third of the longer name changed, and never more than 4 edits.
        const std::size_t limit = std::min<std::size_t>(4, std::max(name.size(), e.name.size()) / 3 + 1);
        if (d <= limit) scored.emplace_back(d, e.name);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.emplace_back(scored[i].second);
    return out;
}

} // namespace ackademy::scenario
