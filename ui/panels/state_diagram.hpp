#pragma once
// The TCP state diagram of RFC 9293 (Figure 5), with each host's state at the playhead.
//
// StateDiagramLayout computes the figure's geometry from font metrics: the 11 states on the
// figure's grid (CLOSED drawn twice, at the top and at the bottom, as the RFC does), the
// transitions as arrows with their "event / action" labels. StateDiagramRenderer only paints
// it, and StateDiagramView is the dock's widget. The figure is laid out either as in the RFC
// (top to bottom) or turned on its side (left to right), whichever is larger in the space
// available: a panel under the diagram is wide and short.

#include "core/sim/timeline.hpp"
#include "core/tcp/state.hpp"
#include "core/tcp/time.hpp"
#include "ui/theme.hpp"

#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

namespace ackademy::ui {

class Document;

/// One box of the figure. CLOSED appears twice: the start (top) and the end (bottom).
enum class StateNode : std::uint8_t {
    Closed,
    Listen,
    SynReceived,
    SynSent,
    Established,
    FinWait1,
    CloseWait,
    FinWait2,
    Closing,
    LastAck,
    TimeWait,
    ClosedEnd,
};
inline constexpr int kStateNodeCount = 12;

tcp::State stateOf(StateNode node);

/// What a host is in at a moment, and how it got there.
struct HostStateAt {
    tcp::State state = tcp::State::Closed;
    std::optional<tcp::State> from; ///< the state before the last transition, if any
    Time since{};                   ///< when the last transition happened
    std::string_view rule;          ///< its checklist rule
    StateNode node = StateNode::Closed;
    int edge = -1; ///< the figure's arrow for the last transition, or -1 if it has none
};

/// A host's state at `t` (transitions at exactly `t` count as taken).
HostStateAt hostStateAt(const sim::Timeline& timeline, sim::HostId host, Time t);

struct StateEdge {
    StateNode from;
    StateNode to;
    const char* event;  ///< "rcv SYN" (translated in the "StateDiagram" context)
    const char* action; ///< "snd SYN,ACK", or empty when the RFC writes "x"
};

/// The arrows of RFC 9293 Figure 5.
const std::vector<StateEdge>& stateEdges();
/// The arrow from `from` to `to`, or -1.
int findStateEdge(StateNode from, StateNode to);

struct StateDiagramLayout {
    Q_DECLARE_TR_FUNCTIONS(StateDiagram)
public:
    struct Edge {
        QPointF p1, p2; ///< from the source box's border to the target's
        QRectF label;   ///< the label box (event above a rule, action below)
        QString event, action;
    };
    /// Lays the figure out in the font's units, landscape or portrait.
    StateDiagramLayout(const QFont& font, bool landscape);
    /// The orientation that shows the figure largest in `size`.
    static bool preferLandscape(const QFont& font, QSizeF size);

    QFont font, boldFont, labelFont;
    double em = 14;
    double width = 0, height = 0;
    double captionHeight = 0; ///< the band at the top for "A: SYN-SENT → ESTABLISHED …"
    std::array<QRectF, kStateNodeCount> nodes;
    std::array<QString, kStateNodeCount> names;
    std::vector<Edge> edges; ///< parallel to stateEdges()
};

struct StateDiagramHighlight {
    std::array<HostStateAt, 2> hosts;
    bool showHost[2] = {true, true};
};

/// The colour of a host's highlight (Okabe-Ito blue for A, vermillion for B).
QColor hostColor(sim::HostId host, const Theme& theme);

class StateDiagramRenderer {
    Q_DECLARE_TR_FUNCTIONS(StateDiagram)
public:
    /// Paints the figure into `target`, scaled to fit and centred.
    static void paint(QPainter& painter, const StateDiagramLayout& layout,
                      const StateDiagramHighlight& highlight, const Theme& theme, const QRectF& target);
    /// The caption line for a host: "A  SYN-SENT → ESTABLISHED   rcv SYN,ACK / snd ACK".
    static QString caption(sim::HostId host, const HostStateAt& state);
};

class StateDiagramView : public QWidget {
    Q_OBJECT
public:
    explicit StateDiagramView(Document* document, QWidget* parent = nullptr);

    /// What is highlighted for a host at the playhead.
    const HostStateAt& hostState(sim::HostId host) const
    {
        return highlight_.hosts[static_cast<std::size_t>(host)];
    }
    /// The text the view shows for the hosts' last transitions (for tests and screen readers).
    QString captionText() const;
    bool landscape() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    Document* document_;
    StateDiagramHighlight highlight_;
};

} // namespace ackademy::ui
