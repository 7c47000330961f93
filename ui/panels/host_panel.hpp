#pragma once
// Host panels: what each host believes at the playhead. Its state (RFC name, the Linux
// spelling in a tooltip), the send and receive sequence variables of RFC 9293 §3.3.1
// (absolute or relative to the ISS/IRS, as the diagram shows them), the RTO with its backoff
// count, the retransmission count, cwnd, ssthresh and the flight size.
//
// The values come from sim::snapshot_at(): the scenario run up to the playhead, so the
// Timeline keeps no TCB copies. Values that changed since the previous step are in bold.

#include "core/sim/simulator.hpp"

#include <QMap>
#include <QWidget>

#include <array>
#include <cstdint>
#include <optional>

class QLabel;
class QGridLayout;

namespace ackademy::ui {

class Document;

/// One host's panel.
class HostPanel : public QWidget {
    Q_OBJECT
public:
    explicit HostPanel(sim::HostId host, QWidget* parent = nullptr);

    sim::HostId host() const { return host_; }
    /// Shows `now`; values that differ from `before` are emphasised.
    void display(const std::optional<sim::ConnectionSnapshot>& now,
                 const std::optional<sim::ConnectionSnapshot>& before, bool relative, const QString& address);
    /// Why display() may get no snapshot: none means there is no connection yet. A live
    /// session's recording has no snapshots: our host's variables stayed on its I/O thread,
    /// and the kernel's cannot be observed at all.
    enum class Missing : std::uint8_t { NoConnection, NotRecorded, NotObservable };
    void setMissing(Missing why) { missing_ = why; }
    /// What the title puts after "Host": Document::hostName(), e.g. "B (Linux kernel)" for
    /// the kernel of a live session. The host's letter until set.
    void setHostName(const QString& name) { hostName_ = name; }
    /// The text of one value by key (without the mark of a changed value): state, snd_una, snd_nxt, snd_wnd,
    /// rcv_nxt, rcv_wnd, iss, irs, rto, retransmissions, cwnd, ssthresh, flight. Empty for an unknown key.
    QString value(const QString& key) const;
    /// The tooltip of a value (the state's Linux spelling, a number's other form).
    QString valueToolTip(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    sim::HostId host_;
    QLabel* title_;
    QGridLayout* grid_;
    QMap<QString, QLabel*> names_;
    QMap<QString, QLabel*> values_;
    std::optional<sim::ConnectionSnapshot> now_;
    std::optional<sim::ConnectionSnapshot> before_;
    bool relative_ = false;
    QString address_;
    Missing missing_ = Missing::NoConnection;
    QString hostName_;
};

/// Both hosts side by side: the dock's widget. Recomputes when the playhead crosses an event.
class HostsPanel : public QWidget {
    Q_OBJECT
public:
    explicit HostsPanel(Document* document, QWidget* parent = nullptr);

    HostPanel* panel(sim::HostId host) const { return panels_[static_cast<std::size_t>(host)]; }
    /// Recomputes now (normally done when the playhead or the timeline changes).
    void refresh(bool force = false);

protected:
    void changeEvent(QEvent* event) override;

private:
    Document* document_;
    std::array<HostPanel*, 2> panels_{};
    long long shownStep_ = -2;
    std::array<std::optional<sim::ConnectionSnapshot>, 2> now_;
    std::array<std::optional<sim::ConnectionSnapshot>, 2> before_;
};

} // namespace ackademy::ui
