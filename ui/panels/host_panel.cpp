#include "ui/panels/host_panel.hpp"

#include "ui/document.hpp"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace ackademy::ui {

namespace {

// The rows, in the order of RFC 9293 §3.3.1, then the timer and congestion values.
const char* const kKeys[] = {"state",   "snd_una",  "snd_nxt", "snd_wnd", "iss",
                             "rcv_nxt", "rcv_wnd",  "irs",     "rto",     "retransmissions",
                             "cwnd",    "ssthresh", "flight"};

bool receiveKnown(tcp::State s)
{
    return s != tcp::State::Closed && s != tcp::State::Listen && s != tcp::State::SynSent;
}

bool sendKnown(tcp::State s)
{
    return s != tcp::State::Closed && s != tcp::State::Listen;
}

} // namespace

HostPanel::HostPanel(sim::HostId host, QWidget* parent)
    : QWidget(parent), host_(host), title_(new QLabel(this)), grid_(new QGridLayout)
{
    setObjectName(QStringLiteral("HostPanel%1").arg(QLatin1Char(sim::host_letter(host))));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.15);
    QFont bold = big;
    bold.setBold(true);
    title_->setFont(bold);
    title_->setObjectName(QStringLiteral("HostPanelTitle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(title_);
    layout->addLayout(grid_);
    layout->addStretch(1);
    grid_->setHorizontalSpacing(16);
    grid_->setVerticalSpacing(2);
    // Two columns of name/value pairs: sequence variables left, timers and congestion right.
    int row = 0;
    for (const char* k : kKeys) {
        const QString key = QString::fromLatin1(k);
        auto* name = new QLabel(this);
        auto* value = new QLabel(this);
        name->setFont(big);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(value);
        value->setObjectName(QStringLiteral("value_%1").arg(key));
        names_.insert(key, name);
        values_.insert(key, value);
        const bool right = row >= 8;
        const int r = right ? row - 8 + 1 : row;
        const int c = right ? 2 : 0;
        if (key == QLatin1String("state")) {
            grid_->addWidget(name, 0, 0);
            grid_->addWidget(value, 0, 1, 1, 3);
        } else {
            grid_->addWidget(name, r, c);
            grid_->addWidget(value, r, c + 1);
        }
        ++row;
    }
    grid_->setColumnStretch(1, 1);
    grid_->setColumnStretch(3, 1);
    retranslateUi();
}

QString HostPanel::value(const QString& key) const
{
    const QLabel* label = values_.value(key);
    if (label == nullptr) return {};
    QString text = label->text();
    if (text.endsWith(QStringLiteral(" ◂"))) text.chop(2);
    return text;
}

QString HostPanel::valueToolTip(const QString& key) const
{
    const QLabel* label = values_.value(key);
    return label != nullptr ? label->toolTip() : QString();
}

void HostPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void HostPanel::retranslateUi()
{
    const struct {
        const char* key;
        QString name;
        QString tip;
    } rows[] = {
        {"state", tr("State"), tr("The connection state (RFC 9293 §3.3.2)")},
        {"snd_una", tr("SND.UNA"), tr("Oldest unacknowledged sequence number")},
        {"snd_nxt", tr("SND.NXT"), tr("Next sequence number to send")},
        {"snd_wnd", tr("SND.WND"), tr("Send window: what the peer last offered (scaled)")},
        {"iss", tr("ISS"), tr("Initial send sequence number")},
        {"rcv_nxt", tr("RCV.NXT"), tr("Next sequence number expected from the peer")},
        {"rcv_wnd", tr("RCV.WND"), tr("Receive window this host last advertised")},
        {"irs", tr("IRS"), tr("Initial receive sequence number (the peer's ISS)")},
        {"rto", tr("RTO"), tr("Current retransmission timeout, with its backoff count (RFC 6298)")},
        {"retransmissions", tr("Retransmissions"), tr("Segments this connection has retransmitted")},
        {"cwnd", tr("cwnd"), tr("Congestion window (RFC 5681)")},
        {"ssthresh", tr("ssthresh"), tr("Slow-start threshold (RFC 5681)")},
        {"flight", tr("Flight size"), tr("Octets sent but not yet acknowledged")},
    };
    for (const auto& r : rows) {
        QLabel* name = names_.value(QString::fromLatin1(r.key));
        name->setText(r.name);
        name->setToolTip(r.tip);
        values_.value(QString::fromLatin1(r.key))
            ->setAccessibleName(tr("Host %1 %2").arg(QLatin1Char(sim::host_letter(host_))).arg(r.name));
    }
    display(now_, before_, relative_, address_);
}

void HostPanel::display(const std::optional<sim::ConnectionSnapshot>& now,
                        const std::optional<sim::ConnectionSnapshot>& before, bool relative,
                        const QString& address)
{
    now_ = now;
    before_ = before;
    relative_ = relative;
    address_ = address;
    const QString name = hostName_.isEmpty() ? QString(QLatin1Char(sim::host_letter(host_))) : hostName_;
    title_->setText(address.isEmpty() ? tr("Host %1").arg(name) : tr("Host %1 · %2").arg(name).arg(address));

    auto set = [&](const char* key, const QString& text, const QString& tip, bool changed) {
        QLabel* label = values_.value(QString::fromLatin1(key));
        label->setText(changed ? QStringLiteral("%1 ◂").arg(text) : text);
        label->setToolTip(tip);
        QFont f = label->font();
        f.setBold(changed);
        label->setFont(f);
    };
    if (!now) {
        switch (missing_) {
        case Missing::NoConnection:
            set("state", tr("no connection"), tr("This host has no TCB yet"), false);
            break;
        case Missing::NotRecorded:
            set("state", tr("not recorded live"),
                tr("A live session records segments and states; the diagram shows this host's states"),
                false);
            break;
        case Missing::NotObservable:
            set("state", tr("not observable"),
                tr("The kernel's variables cannot be seen from outside; only its segments can"), false);
            break;
        }
        for (const char* k : kKeys)
            if (QLatin1String(k) != QLatin1String("state")) set(k, QStringLiteral("—"), QString(), false);
        return;
    }
    const sim::ConnectionSnapshot& t = *now;
    const std::optional<sim::ConnectionSnapshot>& b = before;
    const QString linux = QString::fromLatin1(tcp::linux_name(now->state).data(),
                                              static_cast<qsizetype>(tcp::linux_name(now->state).size()));
    set("state",
        QString::fromLatin1(tcp::rfc_name(now->state).data(),
                            static_cast<qsizetype>(tcp::rfc_name(now->state).size())),
        tr("Linux calls it %1 (as ss and netstat print it)").arg(linux),
        before && before->state != now->state);

    const bool snd = sendKnown(now->state);
    const bool rcv = receiveKnown(now->state);
    auto seq = [&](const char* key, bool known, tcp::SeqNum v, tcp::SeqNum base,
                   std::optional<tcp::SeqNum> old) {
        if (!known) {
            set(key, QStringLiteral("—"), tr("Not known in this state"), false);
            return;
        }
        const QString abs = QString::number(v);
        const QString rel = QString::number(tcp::seq_relative(v, base));
        set(key, relative ? rel : abs, relative ? tr("absolute %1").arg(abs) : tr("relative %1").arg(rel),
            old.has_value() && *old != v);
    };
    auto num = [&](const char* key, bool known, std::uint64_t v, const QString& text,
                   std::optional<std::uint64_t> old, const QString& tip = {}) {
        if (!known) {
            set(key, QStringLiteral("—"), tr("Not known in this state"), false);
            return;
        }
        set(key, text, tip, old.has_value() && *old != v);
    };
    auto oldOf = [&](auto member) -> std::optional<std::uint64_t> {
        if (!b) return std::nullopt;
        return static_cast<std::uint64_t>((*b).*member);
    };
    auto oldSeq = [&](tcp::SeqNum sim::ConnectionSnapshot::*member) -> std::optional<tcp::SeqNum> {
        if (!b || !sendKnown(before->state)) return std::nullopt;
        return (*b).*member;
    };
    seq("snd_una", snd, t.snd_una, t.iss, oldSeq(&sim::ConnectionSnapshot::snd_una));
    seq("snd_nxt", snd, t.snd_nxt, t.iss, oldSeq(&sim::ConnectionSnapshot::snd_nxt));
    seq("iss", snd, t.iss, t.iss, std::nullopt);
    num("snd_wnd", rcv, t.snd_wnd, tr("%1 bytes").arg(t.snd_wnd), oldOf(&sim::ConnectionSnapshot::snd_wnd));
    seq("rcv_nxt", rcv, t.rcv_nxt, t.irs,
        b && receiveKnown(before->state) ? std::optional<tcp::SeqNum>(b->rcv_nxt) : std::nullopt);
    seq("irs", rcv, t.irs, t.irs, std::nullopt);
    num("rcv_wnd", now->state != tcp::State::Closed, t.rcv_wnd, tr("%1 bytes").arg(t.rcv_wnd),
        oldOf(&sim::ConnectionSnapshot::rcv_wnd));

    const bool alive = now->state != tcp::State::Closed;
    const double rto = std::chrono::duration<double>(now->rto).count();
    num("rto", alive,
        static_cast<std::uint64_t>(now->rto.count()) * 64 + static_cast<std::uint64_t>(now->backoff),
        //: The retransmission timeout in seconds and how often it has been doubled
        now->backoff > 0 ? tr("%1 s (backoff %2)").arg(QLocale().toString(rto, 'f', 3)).arg(now->backoff)
                         : tr("%1 s").arg(QLocale().toString(rto, 'f', 3)),
        before ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(before->rto.count()) * 64 +
                                              static_cast<std::uint64_t>(before->backoff))
               : std::nullopt);
    num("retransmissions", true, static_cast<std::uint64_t>(now->retransmissions),
        QString::number(now->retransmissions),
        before ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(before->retransmissions))
               : std::nullopt);
    const std::uint32_t mss = std::max<std::uint32_t>(t.eff_mss, 1);
    num("cwnd", alive, now->cwnd, tr("%1 bytes").arg(now->cwnd),
        before ? std::optional<std::uint64_t>(before->cwnd) : std::nullopt,
        tr("%1 × MSS (MSS = %2 bytes)").arg(static_cast<double>(now->cwnd) / mss, 0, 'g', 3).arg(t.eff_mss));
    num("ssthresh", alive, now->ssthresh,
        now->ssthresh >= 0x7FFFFFFFU ? tr("∞") : tr("%1 bytes").arg(now->ssthresh),
        before ? std::optional<std::uint64_t>(before->ssthresh) : std::nullopt);
    num("flight", alive, now->flight, tr("%Ln byte(s)", nullptr, static_cast<int>(now->flight)),
        before ? std::optional<std::uint64_t>(before->flight) : std::nullopt);
}

HostsPanel::HostsPanel(Document* document, QWidget* parent) : QWidget(parent), document_(document)
{
    setObjectName(QStringLiteral("HostsPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
        panels_[static_cast<std::size_t>(h)] = new HostPanel(h, this);
        layout->addWidget(panels_[static_cast<std::size_t>(h)], 1);
    }
    connect(document_, &Document::timelineChanged, this, [this] { refresh(true); });
    connect(document_, &Document::displayOptionsChanged, this, [this] { refresh(true); });
    connect(document_, &Document::playheadChanged, this, [this] { refresh(false); });
    refresh(true);
}

void HostsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (auto* dock = parentWidget(); dock != nullptr && dock->inherits("QDockWidget"))
            dock->setWindowTitle(tr("Hosts"));
        // The kernel's name in a live session is translated too (Document::hostName()).
        refresh(true);
    }
    QWidget::changeEvent(event);
}

void HostsPanel::refresh(bool force)
{
    if (auto* dock = parentWidget(); dock != nullptr && dock->inherits("QDockWidget"))
        dock->setWindowTitle(tr("Hosts"));
    // Nothing changes between two events: recompute only when the playhead crosses one.
    const std::vector<Time>& steps = document_->stepTimes();
    const Time now = document_->playhead();
    const auto step =
        static_cast<long long>(std::upper_bound(steps.begin(), steps.end(), now) - steps.begin()) - 1;
    if (!force && step == shownStep_) return;
    const sim::Scenario& sc = document_->scenario();
    // One step forward or back: one of the two snapshots is the other one of the step shown
    // (values only change at events), so only one run of the scenario is needed, not two.
    const bool oneForward = !force && step >= 1 && step == shownStep_ + 1 && shownStep_ >= 0;
    const bool oneBack = !force && step >= 0 && step == shownStep_ - 1;
    auto previousStep = [&]() -> std::array<std::optional<sim::ConnectionSnapshot>, 2> {
        // The previous event's values, to emphasise what this step changed.
        if (step < 1) return {};
        return sim::snapshot_at(sc, steps[static_cast<std::size_t>(step) - 1]);
    };
    // A live session's variables live on its I/O thread and the kernel's are not observable
    // at all: a recording shows none rather than those of a re-run of some scenario.
    if (document_->isRecording()) {
        now_ = {};
        before_ = {};
    } else {
        try {
            if (oneForward) {
                before_ = now_;
                now_ = sim::snapshot_at(sc, now);
            } else if (oneBack) {
                now_ = before_;
                before_ = previousStep();
            } else {
                now_ = sim::snapshot_at(sc, now);
                before_ = previousStep();
            }
        } catch (const std::exception&) {
            now_ = {};
            before_ = {};
        }
    }
    shownStep_ = step;
    const sim::Timeline& t = document_->timeline();
    for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
        const auto i = static_cast<std::size_t>(h);
        const sim::HostSummary& s = t.host(h);
        const QString address =
            QStringLiteral("%1:%2").arg(QString::fromStdString(tcp::ipv4_to_string(s.ip))).arg(s.port);
        if (!document_->isRecording())
            panels_[i]->setMissing(HostPanel::Missing::NoConnection);
        else
            panels_[i]->setMissing(h == sim::HostId::A ? HostPanel::Missing::NotRecorded
                                                       : HostPanel::Missing::NotObservable);
        panels_[i]->setHostName(document_->hostName(h));
        panels_[i]->display(now_[i], before_[i], document_->relativeNumbers(), address);
    }
}

} // namespace ackademy::ui
