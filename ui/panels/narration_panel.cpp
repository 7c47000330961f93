#include "ui/panels/narration_panel.hpp"

#include "ui/document.hpp"
#include "ui/panels/packet_inspector.hpp"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ackademy::ui {

namespace {

/// At most this many sentences are laid out at once (a 10,000-segment run has ~40,000); the
/// earlier ones are counted in a first line.
constexpr int kMaxShown = 200;

QString stateName(tcp::State s)
{
    return QString::fromLatin1(tcp::rfc_name(s).data(), static_cast<qsizetype>(tcp::rfc_name(s).size()));
}

std::array<QString, 2> namesOf(const Document& document)
{
    return {document.hostName(sim::HostId::A), document.hostName(sim::HostId::B)};
}

/// Puts args[n - 1] in place of each %n (n = 1..9) of a translated template. Unlike
/// QString::arg(), a placeholder keeps its meaning when a template does not use all of them
/// (a state change has no segment; "the connection is open" names no peer), so every template
/// of a table can share one set of placeholders.
QString fill(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const int n =
            i + 1 < pattern.size() && pattern[i] == QLatin1Char('%') ? pattern[i + 1].digitValue() : -1;
        if (n >= 1 && n <= args.size()) {
            out += args[n - 1];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

// Issue 7: every narration sentence is one translatable template, so that a translator sees
// the whole sentence (and can decline "Host %1" wherever it stands). Placeholders, the same in
// every template of this table: %1 the host's name (its letter, A or B; in a live session the
// kernel's is "B (Linux kernel)", Document::hostName()), %2 the segment ("SYN", "ACK with
// 5 bytes of data"), %3 its numbers ("seq = 1, ack = 1"), %4 the peer's name, %5 the
// retransmission count, %6 the state left. RFC state names are part of the text and stay
// untranslated.
struct StateSentences {
    tcp::State to;
    const char* send;       ///< a send that enters `to` (into SYN-SENT, SYN-RECEIVED: the handshake's steps)
    const char* retransmit; ///< a retransmission that enters `to`
    const char* enters;     ///< a state change from CLOSED (or from nothing)
    const char* moves;      ///< a state change from another state
};

constexpr StateSentences kStateSentences[] = {
    {tcp::State::Listen,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters LISTEN, waiting for a connection request."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters LISTEN, waiting for "
                       "a connection request."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters LISTEN, waiting for a connection request."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to LISTEN, waiting for a connection request.")},
    {tcp::State::SynSent,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "First handshake: Host %1 sends %2 (%3) and enters SYN-SENT, waiting for Host %4 "
                       "to confirm."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-SENT, waiting "
                       "for Host %4 to confirm."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters SYN-SENT, waiting for Host %4 to confirm."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to SYN-SENT, waiting for Host %4 to confirm.")},
    {tcp::State::SynReceived,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Second handshake: Host %1 sends %2 (%3) and enters SYN-RECEIVED, waiting for "
                       "Host %4 to acknowledge it."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-RECEIVED, "
                       "waiting for Host %4 to acknowledge it."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters SYN-RECEIVED, waiting for Host %4 to acknowledge it."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to SYN-RECEIVED, waiting for Host %4 to acknowledge it.")},
    {tcp::State::Established,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the "
                       "connection is open."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters ESTABLISHED: the connection is open."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to ESTABLISHED: the connection is open.")},
    {tcp::State::FinWait1,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters FIN-WAIT-1, waiting for Host %4 to acknowledge "
                       "its FIN."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-1, waiting "
                       "for Host %4 to acknowledge its FIN."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.")},
    {tcp::State::FinWait2,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters FIN-WAIT-2, waiting for Host %4 to close its "
                       "side."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-2, waiting "
                       "for Host %4 to close its side."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters FIN-WAIT-2, waiting for Host %4 to close its side."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to FIN-WAIT-2, waiting for Host %4 to close its side.")},
    {tcp::State::CloseWait,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters CLOSE-WAIT: Host %4 has finished sending."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSE-WAIT: Host %4 "
                       "has finished sending."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters CLOSE-WAIT: Host %4 has finished sending."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to CLOSE-WAIT: Host %4 has finished sending.")},
    {tcp::State::Closing,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters CLOSING: both sides are closing at once."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSING: both sides "
                       "are closing at once."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters CLOSING: both sides are closing at once."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to CLOSING: both sides are closing at once.")},
    {tcp::State::LastAck,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters LAST-ACK, waiting for the last ACK."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters LAST-ACK, waiting "
                       "for the last ACK."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters LAST-ACK, waiting for the last ACK."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to LAST-ACK, waiting for the last ACK.")},
    {tcp::State::TimeWait,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters TIME-WAIT, waiting 2 MSL so that old segments "
                       "die out."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters TIME-WAIT, waiting 2 "
                       "MSL so that old segments die out."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters TIME-WAIT, waiting 2 MSL so that old segments die out."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to TIME-WAIT, waiting 2 MSL so that old segments die out.")},
    {tcp::State::Closed,
     //: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 sends %2 (%3) and enters CLOSED."),
     //: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSED."),
     //: %1 and %4 host letters (A, B); RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 enters CLOSED."),
     //: %1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are
     QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                       "Host %1 moves from %6 to CLOSED.")},
};

// The textbook's third step: the ACK that takes the connecting host from SYN-SENT to
// ESTABLISHED (a simultaneous open reaches ESTABLISHED from SYN-RECEIVED, and is not one).
//: %1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 "seq = ..., ack = ..."
constexpr const char* kThirdHandshake =
    QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                      "Third handshake: Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is "
                      "open.");
//: %1 and %4 host letters; %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
constexpr const char* kThirdHandshakeAgain =
    QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel",
                      "Third handshake: Host %1 retransmits %2 (%3), retransmission #%5, and enters "
                      "ESTABLISHED: the connection is open.");

const StateSentences* sentencesFor(tcp::State to)
{
    for (const StateSentences& s : kStateSentences)
        if (s.to == to) return &s;
    return nullptr;
}

} // namespace

NarrationPanel::NarrationPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), view_(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("NarrationPanel"));
    view_->setObjectName(QStringLiteral("NarrationView"));
    view_->setOpenLinks(false);
    view_->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    connect(document_, &Document::timelineChanged, this, &NarrationPanel::renarrate);
    connect(document_, &Document::displayOptionsChanged, this, [this] {
        shown_ = -1;
        refresh();
    });
    connect(document_, &Document::playheadChanged, this, &NarrationPanel::refresh);
    renarrate();
    retranslateUi();
}

QString NarrationPanel::ruleCitation(std::string_view rule)
{
    QString id = QString::fromLatin1(rule.data(), static_cast<qsizetype>(rule.size())); // returned by move
    const QString prefix = id.section(QLatin1Char('-'), 0, 0);
    struct Source {
        const char* prefixes;
        const char* source;
    };
    // Rule-ID prefixes of the checklist (docs/tcp-behaviour.md) and where each comes from.
    static constexpr Source kSources[] = {
        {"ST UC", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.10.1–3.10.6")},
        {"CL", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.10.7.1")},
        {"LI", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.10.7.2")},
        {"SS", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.10.7.3")},
        {"SA RS SN AK UR TX FN", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.10.7.4")},
        {"TO", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.10.8, §3.8")},
        {"RT", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 6298")},
        {"CC", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 5681")},
        {"LX", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "Linux")},
        {"IS", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.4.1")},
        {"OP", QT_TRANSLATE_NOOP("ackademy::ui::NarrationPanel", "RFC 9293 §3.1, §3.7")},
    };
    for (const Source& s : kSources) {
        if (QString::fromLatin1(s.prefixes).split(QLatin1Char(' ')).contains(prefix))
            return tr("%1, %2").arg(tr(s.source), id);
    }
    return id;
}

QString NarrationPanel::citation(const trace::NarrationLine& l)
{
    // A loss names its cause in the sentence itself; an arrival has no rule of its own.
    if (l.kind == trace::NarrationKind::Drop || l.kind == trace::NarrationKind::Arrive) return {};
    // Rules from the same source share it: "RFC 9293 §3.10.1–3.10.6, UC-2, ST-02".
    QStringList sources;
    QList<QStringList> ids;
    for (std::string_view rule : {l.rule, l.state_rule}) {
        if (rule.empty()) continue;
        const QString id = QString::fromLatin1(rule.data(), static_cast<qsizetype>(rule.size()));
        const QString full = ruleCitation(rule);
        const QString source = full == id ? QString() : full.left(full.size() - id.size() - 2);
        const auto at = sources.indexOf(source);
        if (at < 0) {
            sources << source;
            ids << QStringList{id};
        } else if (!ids[at].contains(id)) {
            ids[at] << id;
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString list = ids[i].join(QStringLiteral(", "));
        parts << (sources[i].isEmpty() ? list : tr("%1, %2").arg(sources[i], list));
    }
    return parts.join(QStringLiteral("; "));
}

QString NarrationPanel::sendTemplate(const trace::NarrationLine& l)
{
    const bool again = l.retransmission > 0;
    if (l.to) {
        if (*l.to == tcp::State::Established && l.from == tcp::State::SynSent)
            return tr(again ? kThirdHandshakeAgain : kThirdHandshake);
        if (const StateSentences* s = sentencesFor(*l.to)) return tr(again ? s->retransmit : s->send);
    }
    //: %1 a host letter (A, B); %2 the segment ("SYN", "ACK with 5 bytes of data"); %3 "seq = ..., ack = ..."
    if (!again) return tr("Host %1 sends %2 (%3).");
    //: %1 a host letter (A, B); %2 the segment; %3 "seq = ..., ack = ..."; %5 the retransmission count
    return tr("Host %1 retransmits %2 (%3), retransmission #%5.");
}

QString NarrationPanel::stateTemplate(const trace::NarrationLine& l)
{
    // narrate() names the state entered by every state change.
    const StateSentences* s = l.to ? sentencesFor(*l.to) : nullptr;
    if (s == nullptr) return {};
    return tr(!l.from || *l.from == tcp::State::Closed ? s->enters : s->moves);
}

QString NarrationPanel::timerTemplate(tcp::TimerKind timer)
{
    switch (timer) {
    case tcp::TimerKind::Retransmission:
        //: %1 a host letter (A, B)
        return tr("Host %1's retransmission timer expires.");
    case tcp::TimerKind::TimeWait:
        //: %1 a host letter (A, B)
        return tr("Host %1's TIME-WAIT timer expires.");
    case tcp::TimerKind::DelayedAck:
        //: %1 a host letter (A, B)
        return tr("Host %1's delayed-ACK timer expires.");
    case tcp::TimerKind::Persist:
        //: %1 a host letter (A, B)
        return tr("Host %1's persist timer expires.");
    case tcp::TimerKind::UserTimeout:
        //: %1 a host letter (A, B)
        return tr("Host %1's user timeout expires.");
    }
    return {};
}

QString NarrationPanel::sentence(const trace::NarrationLine& l, const sim::Timeline& timeline, bool relative,
                                 const std::array<QString, 2>& names)
{
    using trace::NarrationKind;
    const QString& host = names[static_cast<std::size_t>(l.host)];
    const QString& peer = names[static_cast<std::size_t>(l.peer)];
    // The sender of the segment (an arrival is told from the receiver's side).
    const sim::HostId sender = l.kind == NarrationKind::Arrive ? l.peer : l.host;
    auto number = [&](tcp::SeqNum value, sim::HostId of) {
        if (relative) {
            if (const auto isn = initialSequence(timeline, of, l.at))
                return QString::number(tcp::seq_relative(value, *isn));
        }
        return QString::number(value);
    };
    const QString numbers =
        //: seq and ack are the TCP header fields (sequence and acknowledgment numbers); keep them as they are
        l.flags.ack() ? tr("seq = %1, ack = %2").arg(number(l.seq, sender), number(l.ack, sim::other(sender)))
                      : tr("seq = %1").arg(number(l.seq, sender));
    const QString flags = QString::fromStdString(l.flags.names());
    //: %1 is the segment's flags (SYN, ACK, ...), which stay untranslated
    const QString what =
        l.len > 0 ? tr("%1 with %Ln byte(s) of data", nullptr, static_cast<int>(l.len)).arg(flags) : flags;

    switch (l.kind) {
    case NarrationKind::Send:
        return fill(sendTemplate(l), {host, what, numbers, peer, QLocale().toString(l.retransmission)});
    case NarrationKind::Arrive:
        //: %1 and %4 host letters (A, B): %1 receives from %4; %2 the segment; %3 "seq = ..., ack = ..."
        return tr("Host %1 receives %2 (%3) from Host %4.").arg(host, what, numbers, peer);
    case NarrationKind::Drop: {
        QString cause;
        switch (l.cause) {
        case sim::DropCause::Rule:
            cause = l.drop_rule.empty() ? tr("a drop rule")
                                        : tr("drop rule %1").arg(QString::fromStdString(l.drop_rule));
            break;
        case sim::DropCause::RandomLoss:
            cause = tr("random loss");
            break;
        case sim::DropCause::QueueFull:
            cause = tr("the link's queue is full");
            break;
        case sim::DropCause::None:
            cause = tr("unknown cause");
            break;
        }
        //: %1 the flags (SYN, ACK, ...), %2 "seq = ...", %3 and %4 host letters (from %3 to %4), %5 the cause
        return tr("The %1 (%2) from Host %3 to Host %4 is lost (%5).").arg(flags, numbers, host, peer, cause);
    }
    case NarrationKind::StateChange:
        return fill(stateTemplate(l), {host, QString(), QString(), peer, QString(),
                                       l.from ? stateName(*l.from) : QString()});
    case NarrationKind::TimerExpired:
        return timerTemplate(l.timer).arg(host);
    case NarrationKind::Deliver:
        //: %1 a host letter (A, B)
        return tr("Host %1 delivers %Ln byte(s) to its application.", nullptr, static_cast<int>(l.len))
            .arg(host);
    case NarrationKind::User: {
        QString told;
        switch (l.error) {
        case tcp::ConnError::Refused:
            told = tr("connection refused");
            break;
        case tcp::ConnError::Reset:
            told = tr("connection reset");
            break;
        case tcp::ConnError::TimedOut:
            told = tr("connection timed out");
            break;
        case tcp::ConnError::Closing:
            told = tr("connection closing");
            break;
        case tcp::ConnError::AlreadyExists:
            told = tr("connection already exists");
            break;
        case tcp::ConnError::DoesNotExist:
            told = tr("connection does not exist");
            break;
        case tcp::ConnError::RemoteUnspecified:
            told = tr("remote socket unspecified");
            break;
        case tcp::ConnError::UserTimeout:
            told = tr("connection aborted due to user timeout");
            break;
        case tcp::ConnError::ConnectionEstablished:
            told = tr("connection established");
            break;
        case tcp::ConnError::ClosedNormally:
            told = tr("connection closed by peer");
            break;
        case tcp::ConnError::None:
            told = tr("nothing to report");
            break;
        }
        //: %1 a host letter (A, B); %2 what TCP tells it, e.g. "connection refused"
        return tr("Host %1 tells its application: %2.").arg(host, told);
    }
    }
    return {};
}

int NarrationPanel::visibleCount() const
{
    const Time now = document_->playhead();
    const auto it = std::upper_bound(lines_.begin(), lines_.end(), now,
                                     [](Time at, const trace::NarrationLine& l) { return at < l.at; });
    return static_cast<int>(it - lines_.begin());
}

QStringList NarrationPanel::sentences() const
{
    QStringList out;
    const int n = visibleCount();
    for (int i = 0; i < n; ++i)
        out << sentence(lines_[static_cast<std::size_t>(i)], document_->timeline(),
                        document_->relativeNumbers(), namesOf(*document_));
    return out;
}

void NarrationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        shown_ = -1;
        refresh();
    }
    QWidget::changeEvent(event);
}

void NarrationPanel::retranslateUi()
{
    view_->setAccessibleName(tr("Narration"));
    view_->setAccessibleDescription(
        tr("One sentence per event up to the playhead; the last one is the latest."));
    if (auto* dock = parentWidget(); dock != nullptr && dock->inherits("QDockWidget"))
        dock->setWindowTitle(tr("Narration"));
    shown_ = -1;
    refresh();
}

void NarrationPanel::renarrate()
{
    lines_ = trace::narrate(document_->timeline(), document_->scenario().drops);
    shown_ = -1;
    refresh();
}

void NarrationPanel::refresh()
{
    const int n = visibleCount();
    if (n == shown_) return;
    shown_ = n;
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    const QString latestBg = pal.color(QPalette::Highlight).name();
    const QString latestFg = pal.color(QPalette::HighlightedText).name();
    const bool relative = document_->relativeNumbers();
    const sim::Timeline& timeline = document_->timeline();
    const std::array<QString, 2> names = namesOf(*document_);

    QString html = QStringLiteral("<html><body>");
    const int first = std::max(0, n - kMaxShown);
    if (first > 0)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("… %Ln earlier sentence(s)", nullptr, first).toHtmlEscaped());
    if (n == 0)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("Nothing has happened yet. Step forward (→) to start.").toHtmlEscaped());
    for (int i = first; i < n; ++i) {
        const trace::NarrationLine& l = lines_[static_cast<std::size_t>(i)];
        const bool latest = l.at == lines_[static_cast<std::size_t>(n) - 1].at; // the latest instant
        //: A time in seconds, e.g. "1.250 s"
        const QString time =
            tr("%1 s").arg(QLocale().toString(std::chrono::duration<double>(l.at).count(), 'f', 3));
        const QString cite = citation(l);
        const QString text = sentence(l, timeline, relative, names).toHtmlEscaped();
        const QString citeHtml =
            cite.isEmpty()
                ? QString()
                : QStringLiteral(" <span style=\"font-size:small\">[%1]</span>").arg(cite.toHtmlEscaped());
        if (latest) {
            // The sentences of the latest instant: bold on the highlight colour, with a marker
            // (never colour alone).
            html += QStringLiteral(
                        "<table width=\"100%\" cellpadding=\"4\" style=\"background-color:%1;color:%2\">"
                        "<tr><td><b>▶ %3 &nbsp;%4</b>%5</td></tr></table>")
                        .arg(latestBg, latestFg, time, text, citeHtml);
        } else {
            html +=
                QStringLiteral(
                    "<p><span style=\"color:%1\">%2</span> &nbsp;%3<span style=\"color:%1\">%4</span></p>")
                    .arg(muted, time, text, citeHtml);
        }
    }
    html += QStringLiteral("</body></html>");

    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * 1.25);
    view_->document()->setDefaultFont(large);
    view_->setHtml(html);
    view_->moveCursor(QTextCursor::End);
    view_->ensureCursorVisible();
    view_->verticalScrollBar()->setValue(view_->verticalScrollBar()->maximum());
}

} // namespace ackademy::ui
