#include "ui/scenario_texts.hpp"

#include <QCoreApplication>

namespace ackademy::ui {

namespace {

/// QT_TRANSLATE_NOOP3 gives {source, disambiguation}; the disambiguation names the lesson, so
/// translators see which one a sentence belongs to.
struct Text {
    const char* source;
    const char* comment;
};

struct Entry {
    Text title;
    Text description;
};

// The English text of every built-in lesson (core/scenario/builtin.cpp), exactly as stored
// there: the core is Qt-free, so lupdate cannot see its strings. tests/ui/scenario_texts_test
// fails when a built-in is added or reworded without updating this table.
// clang-format off
constexpr Entry kBuiltins[] = {
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "The three-way handshake",
                        "title of handshake"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "Host B listens; host A opens the connection. A sends SYN with its initial sequence "
                        "number, B answers SYN,ACK with its own ISN and acknowledges A's ISN + 1, and A "
                        "acknowledges B's ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN "
                        "consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).",
                        "description of handshake")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "A whole connection: open, exchange data, close",
                        "title of handshake-data-close"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "The life of a connection in one picture. After the handshake A sends a request and "
                        "B a reply; each side acknowledges the other's bytes by the next sequence number it "
                        "expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in "
                        "TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).",
                        "description of handshake-data-close")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "The first SYN is lost",
                        "title of syn-lost"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A's SYN never reaches B. Nothing comes back, so A's retransmission timer expires "
                        "after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same "
                        "initial sequence number. The second SYN gets through and the handshake completes "
                        "one RTO late.",
                        "description of syn-lost")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "The SYN,ACK is lost",
                        "title of synack-lost"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "B answers A's SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, "
                        "A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as "
                        "before; whichever retransmission arrives first lets the handshake finish.",
                        "description of synack-lost")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "The last ACK of the handshake is lost",
                        "title of ack-lost"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B "
                        "stays in SYN-RECEIVED. B's timer expires and it retransmits its SYN,ACK; A sees an "
                        "old, already-acknowledged segment and answers with an ACK, which finally moves B to "
                        "ESTABLISHED.",
                        "description of ack-lost")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Nobody answers: the connection attempt times out",
                        "title of syn-timeout"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout "
                        "each time (exponential backoff), until it reaches its retry limit and gives up: the "
                        "application is told the connection timed out. Compare the rfc and linux profiles: "
                        "they differ in the initial timeout and in the number of retries.",
                        "description of syn-timeout")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Connection refused: nobody listens on the port",
                        "title of port-closed"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "B is up, but no application listens on port 7788. B's TCP answers A's SYN with a "
                        "reset: RST,ACK with sequence number 0 and an acknowledgment of A's ISN + 1, so that "
                        "A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the "
                        "application is told the connection was refused (RFC 9293 calls it 'connection "
                        "reset').",
                        "description of port-closed")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Simultaneous open: both sides connect at once",
                        "title of simultaneous-open"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A and B both actively open a connection to each other at the same moment, so their "
                        "SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to "
                        "SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its "
                        "receiver. Each side then acknowledges the other's SYN,ACK: six segments instead of "
                        "three, and a single connection (RFC 9293 Figure 7).",
                        "description of simultaneous-open")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Simultaneous close: the FINs cross",
                        "title of simultaneous-close"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "Both applications close at the same moment, so the two FINs cross. Each side "
                        "receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its "
                        "own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC "
                        "9293 Figure 13).",
                        "description of simultaneous-close")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "An old duplicate SYN arrives",
                        "title of old-duplicate-syn"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A SYN from A's previous incarnation (sequence number ISN - 100) was held up in the "
                        "network; A has since crashed and is connecting again. The old SYN reaches B first "
                        "and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own "
                        "SYN and answers with a reset whose sequence number is that unacceptable "
                        "acknowledgment number. B returns to LISTEN, and when A's real SYN arrives the "
                        "handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link "
                        "delivers segments in order, so here it is lost and its retransmission plays that "
                        "part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).",
                        "description of old-duplicate-syn")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Half-open connection: A crashes and reconnects",
                        "title of half-open"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A and B are connected when A crashes and loses all memory of the connection; B "
                        "still believes it is ESTABLISHED. When A opens a new connection from the same port, "
                        "B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no "
                        "sense to A, which answers with a reset; the reset tells B the old connection is "
                        "dead and B aborts it (RFC 9293 Figure 9).",
                        "description of half-open")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Half-open connection: B sends to a crashed A",
                        "title of half-open-data"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A crashes while connected and forgets the connection. B does not know and sends "
                        "data. The segment arrives at a host with no matching connection, so A's TCP answers "
                        "with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).",
                        "description of half-open-data")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Why TIME-WAIT exists: the last ACK is lost",
                        "title of fin-lost-time-wait"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A closes first, B closes in turn, and A acknowledges B's FIN and enters TIME-WAIT. "
                        "That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still "
                        "in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). "
                        "Without TIME-WAIT, A would have answered with a reset and B would report an error "
                        "for a connection that closed cleanly.",
                        "description of fin-lost-time-wait")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Abort: closing with a reset",
                        "title of abort-rst"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "Instead of the polite FIN exchange, A's application aborts the connection. A sends "
                        "a single RST and forgets the connection at once; B accepts the reset because its "
                        "sequence number is in the window, drops the connection and tells its application "
                        "'connection reset by peer'. Nothing is acknowledged and there is no TIME-WAIT.",
                        "description of abort-rst")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "A lost data segment is retransmitted on timeout",
                        "title of data-loss-rto"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A sends three full-sized segments and the first is lost. (Under the linux profile "
                        "every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte "
                        "segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) "
                        "B receives the second and third out of order, keeps them, and each time "
                        "acknowledges again the first byte it is still missing: duplicate ACKs. Two "
                        "duplicates are not enough for fast retransmit, so A waits for its retransmission "
                        "timer, resends the missing segment, and a single cumulative ACK then covers all "
                        "three (RFC 6298).",
                        "description of data-loss-rto")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Fast retransmit after three duplicate ACKs",
                        "title of fast-retransmit"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A sends a stream of data and one segment is lost. Each later segment that reaches B "
                        "produces a duplicate ACK for the missing byte. After the third duplicate ACK, A "
                        "does not wait for its timer: it retransmits the missing segment at once and halves "
                        "its congestion window (fast retransmit and fast recovery, RFC 5681).",
                        "description of fast-retransmit")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Flow control: the receive window closes",
                        "title of zero-window"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "B's application stops reading, so received data piles up in B's buffer and the "
                        "window B advertises shrinks, segment by segment, to zero. A must stop sending; when "
                        "it has more to send it probes the closed window with its persist timer (one byte, "
                        "backing off), so that it notices when space opens. When B's application reads "
                        "again, B announces the open window and the transfer resumes.",
                        "description of zero-window")},
    {QT_TRANSLATE_NOOP3("BuiltinScenario", "Bulk transfer over a lossy link",
                        "title of lossy-link"),
     QT_TRANSLATE_NOOP3("BuiltinScenario",
                        "A sends 50 kB over a link that loses one segment in five in each direction. Watch "
                        "TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission "
                        "timeouts with backoff, and a congestion window that keeps shrinking. Change the "
                        "seed to see a different pattern of losses.",
                        "description of lossy-link")},
};
// clang-format on

const Text* find(std::string_view english)
{
    for (const Entry& e : kBuiltins) {
        if (english == e.title.source) return &e.title;
        if (english == e.description.source) return &e.description;
    }
    return nullptr;
}

} // namespace

QString translatedScenarioText(std::string_view english)
{
    if (const Text* t = find(english))
        return QCoreApplication::translate("BuiltinScenario", t->source, t->comment);
    // A user's own file: its text is shown as written.
    return QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size()));
}

bool isBuiltinScenarioText(std::string_view english)
{
    return find(english) != nullptr;
}

QString translatedScenarioTitle(const sim::Scenario& scenario)
{
    return translatedScenarioText(scenario.title);
}

QString translatedScenarioDescription(const sim::Scenario& scenario)
{
    return translatedScenarioText(scenario.description);
}

QString translatedScenarioTitle(const scenario::BuiltinInfo& info)
{
    return translatedScenarioText(info.title);
}

QString translatedScenarioDescription(const scenario::BuiltinInfo& info)
{
    return translatedScenarioText(info.description);
}

} // namespace ackademy::ui
