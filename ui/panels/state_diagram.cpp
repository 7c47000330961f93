#include "ui/panels/state_diagram.hpp"

#include "ui/document.hpp"

#include <QEvent>
#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ackademy::ui {

namespace {

/// The figure's grid: (column, row) of each box in RFC 9293 Figure 5, top to bottom.
constexpr std::array<std::pair<int, int>, kStateNodeCount> kGrid = {{
    {1, 0}, // CLOSED
    {1, 1}, // LISTEN
    {0, 2}, // SYN-RECEIVED
    {2, 2}, // SYN-SENT
    {1, 3}, // ESTABLISHED
    {0, 4}, // FIN-WAIT-1
    {2, 4}, // CLOSE-WAIT
    {0, 5}, // FIN-WAIT-2
    {1, 5}, // CLOSING
    {2, 5}, // LAST-ACK
    {1, 6}, // TIME-WAIT
    {2, 6}, // CLOSED (the end)
}};

bool afterEstablished(tcp::State s)
{
    switch (s) {
    case tcp::State::Closed:
    case tcp::State::Listen:
    case tcp::State::SynSent:
    case tcp::State::SynReceived:
        return false;
    default:
        return true;
    }
}

StateNode nodeOf(tcp::State state, std::optional<tcp::State> from)
{
    switch (state) {
    case tcp::State::Closed:
        // The figure ends in a second CLOSED box: reached from the closing states.
        return from && afterEstablished(*from) ? StateNode::ClosedEnd : StateNode::Closed;
    case tcp::State::Listen:
        return StateNode::Listen;
    case tcp::State::SynSent:
        return StateNode::SynSent;
    case tcp::State::SynReceived:
        return StateNode::SynReceived;
    case tcp::State::Established:
        return StateNode::Established;
    case tcp::State::FinWait1:
        return StateNode::FinWait1;
    case tcp::State::FinWait2:
        return StateNode::FinWait2;
    case tcp::State::CloseWait:
        return StateNode::CloseWait;
    case tcp::State::Closing:
        return StateNode::Closing;
    case tcp::State::LastAck:
        return StateNode::LastAck;
    case tcp::State::TimeWait:
        return StateNode::TimeWait;
    }
    return StateNode::Closed;
}

QPointF unit(QPointF d)
{
    const double n = std::hypot(d.x(), d.y());
    return n > 0 ? d / n : QPointF(1, 0);
}

/// Where the ray from `c` (inside `r`) along `d` leaves `r`.
QPointF exitPoint(const QRectF& r, QPointF c, QPointF d)
{
    double t = 1e9;
    if (d.x() > 1e-9) t = std::min(t, (r.right() - c.x()) / d.x());
    if (d.x() < -1e-9) t = std::min(t, (r.left() - c.x()) / d.x());
    if (d.y() > 1e-9) t = std::min(t, (r.bottom() - c.y()) / d.y());
    if (d.y() < -1e-9) t = std::min(t, (r.top() - c.y()) / d.y());
    return c + d * t;
}

void drawArrowHead(QPainter& p, QPointF tip, QPointF dir, double size, const QColor& color)
{
    const QPointF n(-dir.y(), dir.x());
    QPolygonF head;
    head << tip << tip - dir * size + n * size * 0.45 << tip - dir * size - n * size * 0.45;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(head);
    p.restore();
}

QColor textOn(const QColor& fill)
{
    return fill.lightness() > 150 ? QColor(0x10, 0x12, 0x14) : QColor(Qt::white);
}

} // namespace

tcp::State stateOf(StateNode node)
{
    switch (node) {
    case StateNode::Closed:
    case StateNode::ClosedEnd:
        return tcp::State::Closed;
    case StateNode::Listen:
        return tcp::State::Listen;
    case StateNode::SynReceived:
        return tcp::State::SynReceived;
    case StateNode::SynSent:
        return tcp::State::SynSent;
    case StateNode::Established:
        return tcp::State::Established;
    case StateNode::FinWait1:
        return tcp::State::FinWait1;
    case StateNode::CloseWait:
        return tcp::State::CloseWait;
    case StateNode::FinWait2:
        return tcp::State::FinWait2;
    case StateNode::Closing:
        return tcp::State::Closing;
    case StateNode::LastAck:
        return tcp::State::LastAck;
    case StateNode::TimeWait:
        return tcp::State::TimeWait;
    }
    return tcp::State::Closed;
}

const std::vector<StateEdge>& stateEdges()
{
    using N = StateNode;
    static const std::vector<StateEdge> edges = {
        {N::Closed, N::Listen, QT_TRANSLATE_NOOP("StateDiagram", "passive OPEN"),
         QT_TRANSLATE_NOOP("StateDiagram", "create TCB")},
        {N::Listen, N::Closed, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
         QT_TRANSLATE_NOOP("StateDiagram", "delete TCB")},
        {N::Closed, N::SynSent, QT_TRANSLATE_NOOP("StateDiagram", "active OPEN"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd SYN")},
        {N::SynSent, N::Closed, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
         QT_TRANSLATE_NOOP("StateDiagram", "delete TCB")},
        {N::Listen, N::SynReceived, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK")},
        {N::SynReceived, N::Listen, QT_TRANSLATE_NOOP("StateDiagram", "rcv RST"), ""},
        {N::Listen, N::SynSent, QT_TRANSLATE_NOOP("StateDiagram", "SEND"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd SYN")},
        {N::SynSent, N::SynReceived, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK")},
        {N::SynReceived, N::Established, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of SYN"), ""},
        {N::SynSent, N::Established, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN,ACK"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd ACK")},
        {N::SynReceived, N::FinWait1, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd FIN")},
        {N::Established, N::FinWait1, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd FIN")},
        {N::Established, N::CloseWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd ACK")},
        {N::FinWait1, N::FinWait2, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), ""},
        {N::FinWait1, N::Closing, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd ACK")},
        {N::CloseWait, N::LastAck, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd FIN")},
        {N::FinWait2, N::TimeWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
         QT_TRANSLATE_NOOP("StateDiagram", "snd ACK")},
        {N::Closing, N::TimeWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), ""},
        {N::LastAck, N::ClosedEnd, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), ""},
        {N::TimeWait, N::ClosedEnd, QT_TRANSLATE_NOOP("StateDiagram", "Timeout=2MSL"),
         QT_TRANSLATE_NOOP("StateDiagram", "delete TCB")},
    };
    return edges;
}

int findStateEdge(StateNode from, StateNode to)
{
    const auto& edges = stateEdges();
    for (std::size_t i = 0; i < edges.size(); ++i)
        if (edges[i].from == from && edges[i].to == to) return static_cast<int>(i);
    return -1;
}

HostStateAt hostStateAt(const sim::Timeline& timeline, sim::HostId host, Time t)
{
    HostStateAt result;
    const sim::HostEventRecord* last = nullptr;
    for (const sim::HostEventRecord& e : timeline.events) {
        if (e.host != host || e.event.kind != tcp::EventKind::StateChanged || e.event.at > t) continue;
        if (last == nullptr || e.event.at >= last->event.at) last = &e;
    }
    if (last == nullptr) return result;
    result.state = last->event.to;
    result.from = last->event.from;
    result.since = last->event.at;
    result.rule = last->event.rule;
    result.node = nodeOf(result.state, result.from);
    result.edge = findStateEdge(nodeOf(*result.from, std::nullopt), result.node);
    return result;
}

QColor hostColor(sim::HostId host, const Theme& theme)
{
    if (theme.dark) return host == sim::HostId::A ? QColor(0x56, 0xB4, 0xE9) : QColor(0xE6, 0x9F, 0x00);
    return host == sim::HostId::A ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
}

// ----- Layout ------------------------------------------------------------------------------

StateDiagramLayout::StateDiagramLayout(const QFont& baseFont, bool landscape) : font(baseFont)
{
    boldFont = font;
    boldFont.setBold(true);
    labelFont = font;
    labelFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 10);
    if (font.pixelSize() > 0) labelFont.setPixelSize(std::max(8, static_cast<int>(font.pixelSize() * 0.85)));
    const QFontMetricsF fm(font), bm(boldFont), lm(labelFont);
    em = fm.height();
    const double margin = 0.6 * em;

    double nameWidth = 0;
    for (int i = 0; i < kStateNodeCount; ++i) {
        names[static_cast<std::size_t>(i)] =
            QString::fromLatin1(tcp::rfc_name(stateOf(static_cast<StateNode>(i))).data());
        nameWidth = std::max(nameWidth, bm.horizontalAdvance(names[static_cast<std::size_t>(i)]));
    }
    const double boxW = nameWidth + 1.4 * em;
    const double boxH = 1.9 * em;

    const auto& table = stateEdges();
    double labelW = 0;
    for (const StateEdge& e : table) {
        Edge g;
        g.event = tr(e.event);
        g.action = e.action[0] != '\0' ? tr(e.action) : QString();
        labelW = std::max({labelW, lm.horizontalAdvance(g.event), lm.horizontalAdvance(g.action)});
        edges.push_back(g);
    }
    labelW += 0.6 * em;
    const double labelLine = lm.height();

    captionHeight = 2 * fm.height() + 0.6 * em;
    const double top = captionHeight + margin;
    double cellW = 0, cellH = 0;
    if (landscape) {
        cellW = boxW + 0.75 * labelW + 1.2 * em;
        cellH = boxH + 2 * labelLine + 1.0 * em;
    } else {
        cellW = boxW + labelW + 1.2 * em;
        cellH = boxH + 2 * labelLine + 1.4 * em;
    }
    for (int i = 0; i < kStateNodeCount; ++i) {
        auto [col, row] = kGrid[static_cast<std::size_t>(i)];
        const int x = landscape ? row : col;
        const int y = landscape ? col : row;
        nodes[static_cast<std::size_t>(i)] = QRectF(margin + x * cellW, top + y * cellH, boxW, boxH);
    }
    const int columns = landscape ? 7 : 3;
    const int rows = landscape ? 3 : 7;
    width = 2 * margin + (columns - 1) * cellW + boxW;
    height = top + (rows - 1) * cellH + boxH + margin;

    // Arrows: centre to centre, clipped to the boxes; a pair of opposite arrows between the
    // same boxes is drawn side by side.
    std::vector<QRectF> placed;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const QRectF& r1 = nodes[static_cast<std::size_t>(table[i].from)];
        const QRectF& r2 = nodes[static_cast<std::size_t>(table[i].to)];
        const QPointF d = unit(r2.center() - r1.center());
        const QPointF n(-d.y(), d.x());
        const bool paired = findStateEdge(table[i].to, table[i].from) >= 0;
        const QPointF offset = paired ? n * 0.35 * em : QPointF();
        Edge& g = edges[i];
        g.p1 = exitPoint(r1, r1.center() + offset, d);
        g.p2 = exitPoint(r2, r2.center() + offset, -d);

        const double lw = std::max(lm.horizontalAdvance(g.event), lm.horizontalAdvance(g.action)) + 0.6 * em;
        const double lh = (g.action.isEmpty() ? 1 : 2) * labelLine + 0.3 * em;
        // Try along the arrow, then beside it, for a place clear of boxes and other labels.
        const double side = paired ? 1.0 : 0.0;
        const double candidatesT[] = {0.5, 0.4, 0.6, 0.3, 0.7};
        const double candidatesN[] = {side, side + 0.8, side - 0.8, side + 1.6, side - 1.6};
        QRectF best;
        bool found = false;
        for (double s : candidatesN) {
            for (double t : candidatesT) {
                const QPointF c = g.p1 + (g.p2 - g.p1) * t + n * s * (0.5 * lh + 0.2 * em);
                const QRectF r(c.x() - lw / 2, c.y() - lh / 2, lw, lh);
                bool clear = r.left() >= 0 && r.right() <= width && r.top() >= captionHeight;
                for (const QRectF& b : nodes)
                    if (clear && r.intersects(b.adjusted(-0.2 * em, -0.2 * em, 0.2 * em, 0.2 * em)))
                        clear = false;
                for (const QRectF& o : placed)
                    if (clear && r.intersects(o)) clear = false;
                if (clear) {
                    best = r;
                    found = true;
                    break;
                }
            }
            if (found) break;
        }
        if (!found) {
            const QPointF c = (g.p1 + g.p2) / 2;
            best = QRectF(c.x() - lw / 2, c.y() - lh / 2, lw, lh);
        }
        g.label = best;
        placed.push_back(best);
    }
}

bool StateDiagramLayout::preferLandscape(const QFont& font, QSizeF size)
{
    const StateDiagramLayout l(font, true), p(font, false);
    const double sl = std::min(size.width() / l.width, size.height() / l.height);
    const double sp = std::min(size.width() / p.width, size.height() / p.height);
    return sl >= sp;
}

// ----- Renderer ----------------------------------------------------------------------------

QString StateDiagramRenderer::caption(sim::HostId host, const HostStateAt& s)
{
    const QString letter = QString(QLatin1Char(sim::host_letter(host)));
    const QString to = QString::fromLatin1(tcp::rfc_name(s.state).data());
    if (!s.from) return tr("Host %1: %2").arg(letter, to);
    const QString from = QString::fromLatin1(tcp::rfc_name(*s.from).data());
    QString how;
    if (s.edge >= 0) {
        const StateEdge& e = stateEdges()[static_cast<std::size_t>(s.edge)];
        how = e.action[0] != '\0' ? tr("%1 / %2").arg(tr(e.event), tr(e.action)) : tr(e.event);
    } else {
        how = tr("not an arrow of RFC 9293 Figure 5");
    }
    if (!s.rule.empty()) {
        //: Caption: %1 host letter, %2 %3 RFC state names, %4 the arrow's event / action, %5 a rule ID
        return tr("Host %1: %2 → %3   %4 (rule %5)")
            .arg(letter, from, to, how,
                 QString::fromLatin1(s.rule.data(), static_cast<qsizetype>(s.rule.size())));
    }
    //: Caption: %1 host letter, %2 %3 RFC state names (untranslated), %4 the arrow's event / action
    return tr("Host %1: %2 → %3   %4").arg(letter, from, to, how);
}

void StateDiagramRenderer::paint(QPainter& p, const StateDiagramLayout& l, const StateDiagramHighlight& h,
                                 const Theme& theme, const QRectF& target)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(target, theme.background);
    const double scale = std::min({target.width() / l.width, target.height() / l.height, 2.0});
    p.translate(target.left() + (target.width() - l.width * scale) / 2, target.top());
    p.scale(scale, scale);
    const double em = l.em;
    const QFontMetricsF lm(l.labelFont);

    // Which arrows are highlighted, and by which host.
    std::vector<std::vector<sim::HostId>> taken(l.edges.size());
    for (sim::HostId host : {sim::HostId::A, sim::HostId::B}) {
        const HostStateAt& s = h.hosts[static_cast<std::size_t>(host)];
        if (h.showHost[static_cast<int>(host)] && s.edge >= 0)
            taken[static_cast<std::size_t>(s.edge)].push_back(host);
    }

    // Arrows first, labels over them, boxes over both.
    for (std::size_t i = 0; i < l.edges.size(); ++i) {
        const auto& g = l.edges[i];
        const QPointF d = unit(g.p2 - g.p1);
        if (taken[i].empty()) {
            p.setPen(QPen(theme.mutedText, 1.3));
            p.drawLine(g.p1, g.p2 - d * 0.5 * em);
            drawArrowHead(p, g.p2, d, 0.7 * em, theme.mutedText);
        } else {
            // Both hosts on one arrow: A's thick line under B's thinner one.
            double w = 0.42 * em;
            for (sim::HostId host : taken[i]) {
                const QColor c = hostColor(host, theme);
                p.setPen(QPen(c, w, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(g.p1, g.p2 - d * 0.8 * em);
                drawArrowHead(p, g.p2, d, 1.0 * em, c);
                w *= 0.45;
            }
        }
    }
    for (std::size_t i = 0; i < l.edges.size(); ++i) {
        const auto& g = l.edges[i];
        const bool hot = !taken[i].empty();
        QColor bg = theme.background;
        bg.setAlphaF(0.92);
        p.setPen(hot ? QPen(hostColor(taken[i].front(), theme), 2) : Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(g.label, 0.25 * em, 0.25 * em);
        QFont f = l.labelFont;
        f.setBold(hot);
        p.setFont(f);
        p.setPen(hot ? theme.text : theme.mutedText);
        const double line = lm.height();
        const QRectF first(g.label.left(), g.label.top() + 0.15 * em, g.label.width(), line);
        p.drawText(first, Qt::AlignCenter, g.event);
        if (!g.action.isEmpty()) {
            const double y = first.bottom();
            p.setPen(QPen(hot ? theme.text : theme.mutedText, 0.8));
            const double half = std::max(lm.horizontalAdvance(g.event), lm.horizontalAdvance(g.action)) / 2;
            p.drawLine(QPointF(g.label.center().x() - half, y), QPointF(g.label.center().x() + half, y));
            p.setPen(hot ? theme.text : theme.mutedText);
            p.drawText(QRectF(g.label.left(), y, g.label.width(), line), Qt::AlignCenter, g.action);
        }
    }

    const QFontMetricsF bm(l.boldFont);
    const double radius = 0.62 * em;
    auto marker = [&](QPointF c, sim::HostId host) {
        const QColor color = hostColor(host, theme);
        p.setPen(QPen(theme.background, 2));
        p.setBrush(color);
        p.drawEllipse(c, radius, radius);
        p.setPen(textOn(color));
        p.setFont(l.boldFont);
        p.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                   QString(QLatin1Char(sim::host_letter(host))));
    };
    for (int i = 0; i < kStateNodeCount; ++i) {
        const QRectF& r = l.nodes[static_cast<std::size_t>(i)];
        bool here[2] = {false, false};
        for (int k = 0; k < 2; ++k)
            here[k] = h.showHost[k] && static_cast<int>(h.hosts[static_cast<std::size_t>(k)].node) == i;
        const double round = 0.35 * em;
        QColor textColor = theme.stateBadgeText;
        if (here[0] || here[1]) {
            QPainterPath box;
            box.addRoundedRect(r, round, round);
            p.setPen(Qt::NoPen);
            if (here[0] && here[1]) {
                // Both hosts: the box split between their colours.
                p.save();
                p.setClipPath(box);
                p.fillRect(QRectF(r.left(), r.top(), r.width() / 2, r.height()),
                           hostColor(sim::HostId::A, theme));
                p.fillRect(QRectF(r.center().x(), r.top(), r.width() / 2, r.height()),
                           hostColor(sim::HostId::B, theme));
                p.restore();
                textColor = textOn(hostColor(sim::HostId::A, theme));
            } else {
                const QColor c = hostColor(here[0] ? sim::HostId::A : sim::HostId::B, theme);
                p.setBrush(c);
                p.drawPath(box);
                textColor = textOn(c);
            }
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(theme.text, 2));
            p.drawPath(box);
        } else {
            p.setPen(QPen(theme.lifeline, 1.3));
            p.setBrush(theme.stateBadge);
            p.drawRoundedRect(r, round, round);
        }
        p.setFont(l.boldFont);
        p.setPen(textColor);
        p.drawText(r, Qt::AlignCenter, l.names[static_cast<std::size_t>(i)]);
        if (here[0]) marker(r.topLeft() + QPointF(0.1 * em, 0.05 * em), sim::HostId::A);
        if (here[1]) marker(r.topRight() + QPointF(-0.1 * em, 0.05 * em), sim::HostId::B);
    }

    // The caption: each host's last transition, with its marker.
    const QFontMetricsF fm(l.font);
    double y = 0.3 * em;
    for (sim::HostId host : {sim::HostId::A, sim::HostId::B}) {
        if (!h.showHost[static_cast<int>(host)]) continue;
        marker(QPointF(0.6 * em + radius, y + fm.height() / 2), host);
        p.setFont(l.font);
        p.setPen(theme.text);
        p.drawText(QRectF(0.6 * em + 2 * radius + 0.4 * em, y, l.width, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, caption(host, h.hosts[static_cast<std::size_t>(host)]));
        y += fm.height();
    }
    Q_UNUSED(bm);
    p.restore();
}

// ----- View --------------------------------------------------------------------------------

StateDiagramView::StateDiagramView(Document* document, QWidget* parent) : QWidget(parent), document_(document)
{
    setObjectName(QStringLiteral("StateDiagram"));
    setAccessibleName(tr("TCP state diagram"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(document_, &Document::timelineChanged, this, &StateDiagramView::refresh);
    connect(document_, &Document::playheadChanged, this, &StateDiagramView::refresh);
    refresh();
}

void StateDiagramView::refresh()
{
    const Time t = document_->playhead();
    for (sim::HostId host : {sim::HostId::A, sim::HostId::B}) {
        highlight_.hosts[static_cast<std::size_t>(host)] = hostStateAt(document_->timeline(), host, t);
        // The kernel of a live session has no recorded states (they cannot be observed from
        // outside): no marker, rather than one that claims it is CLOSED.
        highlight_.showHost[static_cast<int>(host)] = !document_->isKernel(host);
    }
    setAccessibleDescription(captionText());
    setToolTip(captionText());
    update();
}

QString StateDiagramView::captionText() const
{
    QStringList lines;
    for (sim::HostId host : {sim::HostId::A, sim::HostId::B}) {
        if (document_->isKernel(host))
            //: Live session: %1 the kernel's host, "B (Linux kernel)"
            lines << tr("Host %1: its states cannot be observed from outside").arg(document_->hostName(host));
        else
            lines << StateDiagramRenderer::caption(host, highlight_.hosts[static_cast<std::size_t>(host)]);
    }
    return lines.join(QLatin1Char('\n'));
}

bool StateDiagramView::landscape() const
{
    return StateDiagramLayout::preferLandscape(font(), size());
}

QSize StateDiagramView::sizeHint() const
{
    const StateDiagramLayout l(font(), true);
    return {static_cast<int>(l.width), static_cast<int>(l.height)};
}

QSize StateDiagramView::minimumSizeHint() const
{
    return {200, 120};
}

void StateDiagramView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const bool dark =
        palette().color(QPalette::WindowText).lightness() > palette().color(QPalette::Window).lightness();
    const Theme theme = dark ? Theme::darkTheme() : Theme::light();
    const StateDiagramLayout l(font(), landscape());
    StateDiagramRenderer::paint(p, l, highlight_, theme, QRectF(rect()));
}

void StateDiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ackademy::ui
